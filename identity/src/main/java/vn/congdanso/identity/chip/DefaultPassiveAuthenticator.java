package vn.congdanso.identity.chip;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.congdanso.core.RejectedException;
import vn.congdanso.identity.chip.internal.ChainStep;
import vn.congdanso.identity.chip.internal.DataGroupHashStep;
import vn.congdanso.identity.chip.internal.Dg13Parser;
import vn.congdanso.identity.chip.internal.Dg14Parser;
import vn.congdanso.identity.chip.internal.Dg1Parser;
import vn.congdanso.identity.chip.internal.Dg2Parser;
import vn.congdanso.identity.chip.internal.MessageDigestStep;
import vn.congdanso.identity.chip.internal.RevocationStep;
import vn.congdanso.identity.chip.internal.Sod;
import vn.congdanso.identity.chip.internal.SodParser;
import vn.congdanso.identity.chip.internal.SodSignatureStep;

import static java.util.Objects.requireNonNull;

/**
 * Runs the steps in order and folds them into one verdict: {@code MALFORMED} over
 * {@code BAD_SIGNATURE} over {@code HASH_MISMATCH} over {@code CERT_REVOKED} over
 * {@code CERT_EXPIRED} over a broken chain ({@code BAD_SIGNATURE}) over
 * {@code VALID_UNTRUSTED_CHAIN} over {@code VALID}.
 */
final class DefaultPassiveAuthenticator implements PassiveAuthenticator {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultPassiveAuthenticator.class);

    private final CscaTrustStore trustStore;
    private final Clock clock;

    DefaultPassiveAuthenticator(CscaTrustStore trustStore, Clock clock) {
        this.trustStore = trustStore;
        this.clock = clock;
    }

    @Override
    public ChipVerification verify(ChipFiles files) {
        requireNonNull(files, "files == null");
        Sod sod;
        try {
            sod = SodParser.parse(files.sod());
        } catch (RejectedException e) {
            return malformedSod(e);
        }
        try {
            return verify(sod, files.dataGroups());
        } catch (RejectedException e) {
            return malformedSod(e);
        } catch (RuntimeException e) {
            LOG.warn("chip data refused on an unexpected {} from a check", e.getClass().getName());
            return malformedSod(new RejectedException(ChipError.BAD_SOD, "EF.SOD could not be checked ("
                    + e.getClass().getSimpleName() + ")"));
        }
    }

    private ChipVerification verify(Sod sod, SortedMap<Integer, byte[]> groups) {
        Instant now = clock.instant();
        List<StepResult> steps = new ArrayList<>();
        steps.add(StepResult.passed(ChipStep.PARSE_SOD, "LDS Security Object v" + sod.ldsVersion() + ", "
                + sod.hashAlgorithmName() + " hashes of DG" + String.join(", DG", sod.hashes().keySet().stream().sorted()
                .map(String::valueOf).toList())));
        steps.add(SodSignatureStep.check(sod));
        steps.add(MessageDigestStep.check(sod));
        DataGroupHashStep.Outcome hashes = DataGroupHashStep.check(sod, groups);
        steps.add(hashes.result());
        ChainStep.Outcome chain = ChainStep.check(sod, trustStore, now);
        steps.add(chain.result());
        steps.add(RevocationStep.check(sod.documentSigner(), chain.csca(), trustStore, now));
        ChipVerdict verdict = verdict(steps, chain.state());
        return finish(verdict, steps, hashes.mismatched(), sod, chain, groups);
    }

    private ChipVerification finish(ChipVerdict verdict, List<StepResult> steps, List<Integer> mismatched, Sod sod,
            ChainStep.Outcome chain, SortedMap<Integer, byte[]> groups) {
        Optional<VerifiedChip> verified = Optional.empty();
        ChipVerdict result = verdict;
        if (!verdict.dataIntact()) {
            steps.add(StepResult.skipped(ChipStep.PARSE_DATA_GROUPS, "the data is not intact"));
        } else {
            try {
                verified = Optional.of(new VerifiedChip(verdict, parse(groups), sod.documentSigner(), chain.csca()));
                steps.add(StepResult.passed(ChipStep.PARSE_DATA_GROUPS, groups.isEmpty() ? "no data group provided"
                        : "DG" + String.join(", DG", groups.keySet().stream().map(String::valueOf).toList()) + " parsed"));
            } catch (RejectedException e) {
                steps.add(StepResult.failed(ChipStep.PARSE_DATA_GROUPS, e.code().id() + ": " + e.getMessage()));
                result = ChipVerdict.MALFORMED;
            }
        }
        ChipVerification verification = new ChipVerification(result, steps, mismatched, Optional.of(sod.documentSigner()), verified);
        LOG.debug("chip data checked: {}", verification);
        return verification;
    }

    private static ChipVerdict verdict(List<StepResult> steps, ChainStep.State chain) {
        if (failed(steps, ChipStep.SOD_SIGNATURE) || failed(steps, ChipStep.MESSAGE_DIGEST)) {
            return ChipVerdict.BAD_SIGNATURE;
        }
        if (failed(steps, ChipStep.DATA_GROUP_HASHES)) {
            return ChipVerdict.HASH_MISMATCH;
        }
        if (failed(steps, ChipStep.REVOCATION)) {
            return ChipVerdict.CERT_REVOKED;
        }
        return switch (chain) {
            case EXPIRED -> ChipVerdict.CERT_EXPIRED;
            case BROKEN -> ChipVerdict.BAD_SIGNATURE;
            case NO_TRUSTED_CSCA -> ChipVerdict.VALID_UNTRUSTED_CHAIN;
            case TRUSTED -> ChipVerdict.VALID;
        };
    }

    private static boolean failed(List<StepResult> steps, ChipStep step) {
        return steps.stream().anyMatch(result -> result.step() == step && result.failed());
    }

    private static VerifiedChip.Groups parse(SortedMap<Integer, byte[]> groups) {
        Optional<Dg1Parser.Dg1> dg1 = group(groups, 1, Dg1Parser::parse);
        Optional<List<SecurityInfo>> dg14 = group(groups, 14, Dg14Parser::parseDg14);
        Optional<PublicKey> dg15 = group(groups, 15, Dg14Parser::parseDg15);
        return new VerifiedChip.Groups(dg1.map(Dg1Parser.Dg1::mrz), dg1.flatMap(Dg1Parser.Dg1::vietnameseId),
                group(groups, 2, Dg2Parser::parse), group(groups, 13, Dg13Parser::parse), dg14, dg15);
    }

    private static <T> Optional<T> group(SortedMap<Integer, byte[]> groups, int number, Function<byte[], T> parser) {
        return Optional.ofNullable(groups.get(number)).map(parser);
    }

    private static ChipVerification malformedSod(RejectedException e) {
        List<StepResult> steps = new ArrayList<>();
        steps.add(StepResult.failed(ChipStep.PARSE_SOD, e.code().id() + ": " + e.getMessage()));
        for (ChipStep step : ChipStep.values()) {
            if (step != ChipStep.PARSE_SOD) {
                steps.add(StepResult.skipped(step, "EF.SOD cannot be parsed"));
            }
        }
        LOG.debug("EF.SOD refused: {}", e.code().id());
        return new ChipVerification(ChipVerdict.MALFORMED, steps, List.of(), Optional.empty(), Optional.empty());
    }
}
