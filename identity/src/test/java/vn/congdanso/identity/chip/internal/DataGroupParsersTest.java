package vn.congdanso.identity.chip.internal;

import java.util.List;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.DERUTF8String;
import org.junit.jupiter.api.Test;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.ChipError;
import vn.congdanso.identity.chip.ChipPersonalData;
import vn.congdanso.identity.chip.FaceImage;
import vn.congdanso.identity.chip.testkit.ChipFixtures;
import vn.congdanso.identity.chip.testkit.TestPki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataGroupParsersTest {

    private static byte[] dg13(ASN1Encodable... elements) throws Exception {
        return ChipFixtures.tlv(0x6D, new DERSequence(elements).getEncoded(ASN1Encoding.DER));
    }

    private static DERSequence entry(int index, ASN1Encodable... values) {
        ASN1Encodable[] all = new ASN1Encodable[values.length + 1];
        all[0] = new ASN1Integer(index);
        System.arraycopy(values, 0, all, 1, values.length);
        return new DERSequence(all);
    }

    @Test
    void readsDg13EntriesWhereverTheyAreNested() throws Exception {
        byte[] data = dg13(new ASN1Integer(1), new DERSet(new ASN1Encodable[] {
            entry(1, new DERUTF8String("001090123456")), new DERSequence(entry(4, new DERPrintableString("Nu")))}));

        ChipPersonalData person = Dg13Parser.parse(data);

        assertThat(person.entries()).containsOnlyKeys(1, 4);
        assertThat(person.citizenId()).isPresent();
        assertThat(person.sex()).contains(vn.congdanso.identity.card.Sex.FEMALE);
    }

    @Test
    void keepsParentsAsTwoValuesAndUnknownIndexesRaw() throws Exception {
        byte[] data = dg13(entry(13, new DERSequence(new ASN1Encodable[] {
            new DERUTF8String("Nguyễn Văn B"), new DERUTF8String("Trần Thị C")})), entry(42, new org.bouncycastle.asn1.DEROctetString(new byte[] {1, 2})));

        ChipPersonalData person = Dg13Parser.parse(data);

        assertThat(person.entries().get(13)).containsExactly("Nguyễn Văn B", "Trần Thị C");
        assertThat(person.entries().get(42)).containsExactly("04020102");
    }

    @Test
    void rejectsDg13WithoutEntriesOrWithAnEntryTwice() throws Exception {
        assertThatThrownBy(() -> Dg13Parser.parse(dg13(new DERUTF8String("no index"))))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.BAD_DG13));
        byte[] twice = dg13(entry(2, new DERUTF8String("A")), entry(2, new DERUTF8String("B")));
        assertThatThrownBy(() -> Dg13Parser.parse(twice))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.BAD_DG13));
    }

    @Test
    void readsTheMrzOfDg1() {
        Dg1Parser.Dg1 dg1 = Dg1Parser.parse(ChipFixtures.dg1(ChipFixtures.MRZ));

        assertThat(dg1.mrz().valid()).isTrue();
        assertThat(dg1.vietnameseId()).get().satisfies(mrz -> assertThat(mrz.citizenId()).isPresent());
    }

    @Test
    void rejectsDg1WithAnMrzOfTheWrongLength() {
        assertThatThrownBy(() -> Dg1Parser.parse(ChipFixtures.dg1("IDVNM")))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.BAD_DG1));
    }

    @Test
    void readsTheFaceImageAndItsHeaderFromDg2() {
        FaceImage face = Dg2Parser.parse(ChipFixtures.dg2(480, 640));

        assertThat(face.format()).isEqualTo(FaceImage.Format.JPEG);
        assertThat(face.metadata().width()).isEqualTo(480);
        assertThat(face.metadata().height()).isEqualTo(640);
        assertThat(face.metadata().gender()).isEqualTo(1);
        assertThat(face.image()).hasSize(10);
    }

    @Test
    void rejectsDg2WhoseFacialBlockClaimsMoreThanIsPresent() {
        byte[] data = ChipFixtures.dg2(480, 640);
        int block = indexOfFac(data) + 14;
        data[block] = 0x7F;

        assertThatThrownBy(() -> Dg2Parser.parse(data))
                .isInstanceOfSatisfying(RejectedException.class, e -> assertThat(e.code()).isEqualTo(ChipError.BAD_DG2));
    }

    @Test
    void readsTheSecurityInfosOfDg14AndTheKeyOfDg15() throws Exception {
        java.security.PublicKey key = TestPki.keys("chip", TestPki.KeyType.EC).getPublic();
        org.bouncycastle.asn1.x509.SubjectPublicKeyInfo info = org.bouncycastle.asn1.x509.SubjectPublicKeyInfo.getInstance(key.getEncoded());
        DERSequence chipAuthentication = new DERSequence(new ASN1Encodable[] {
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.1.2"), info});
        DERSequence other = new DERSequence(new ASN1Encodable[] {
            new org.bouncycastle.asn1.ASN1ObjectIdentifier("0.4.0.127.0.7.2.2.3.2.4"), new ASN1Integer(1)});
        byte[] dg14 = ChipFixtures.tlv(0x6E, new DERSet(new ASN1Encodable[] {chipAuthentication, other}).getEncoded(ASN1Encoding.DER));

        List<vn.congdanso.identity.chip.SecurityInfo> infos = Dg14Parser.parseDg14(dg14);

        assertThat(infos).extracting(vn.congdanso.identity.chip.SecurityInfo::protocol)
                .containsExactlyInAnyOrder("0.4.0.127.0.7.2.2.1.2", "0.4.0.127.0.7.2.2.3.2.4");
        assertThat(infos).anySatisfy(i -> assertThat(i.publicKey()).contains(
                Dg14Parser.parseDg15(ChipFixtures.tlv(0x6F, key.getEncoded()))));
    }

    private static int indexOfFac(byte[] data) {
        for (int i = 0; i + 3 < data.length; i++) {
            if (data[i] == 'F' && data[i + 1] == 'A' && data[i + 2] == 'C' && data[i + 3] == 0) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
