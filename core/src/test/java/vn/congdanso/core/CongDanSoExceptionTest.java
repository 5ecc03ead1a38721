package vn.congdanso.core;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.Optional;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CongDanSoExceptionTest {

    @Test
    void rejectionIsNeverRetryable() {
        RejectedException rejected = RejectedException.atOffset(CoreError.BAD_AMOUNT, "expected digits", 3);

        assertThat(rejected.retryable()).isFalse();
        assertThat(rejected.code()).isEqualTo(CoreError.BAD_AMOUNT);
        assertThat(rejected.offset()).hasValue(3);
        assertThat(rejected.remote()).isEmpty();
        assertThat(rejected).hasToString("RejectedException[core.BAD_AMOUNT at 3]: expected digits");
    }

    @Test
    void unavailabilityMayBeRetriedAndCarriesRemoteDetails() {
        RemoteDetails remote = new RemoteDetails(503, Optional.of("99"), Optional.of("req-1"));
        UnavailableException unavailable =
                new UnavailableException(CoreError.REMOTE_UNAVAILABLE, "gateway down", remote, null);

        assertThat(unavailable.retryable()).isTrue();
        assertThat(unavailable.offset()).isEmpty();
        assertThat(unavailable.remote()).contains(remote);
    }

    @Test
    void remoteRejectionKeepsTheRemoteStatus() {
        RejectedException rejected = RejectedException.byRemote(CoreError.REMOTE_REJECTED, "HTTP 400",
                RemoteDetails.ofStatus(400));

        assertThat(rejected.remote()).map(RemoteDetails::httpStatus).contains(400);
    }

    @Test
    void negativeOffsetsAreClampedToTheStart() {
        assertThat(RejectedException.atOffset(CoreError.BAD_DATE, "bad", -5).offset()).hasValue(0);
    }

    @Test
    void misconfigurationIsNeverRetryable() {
        MisconfiguredException misconfigured = new MisconfiguredException(CoreError.MISCONFIGURED,
                "open package com.example.app to com.fasterxml.jackson.databind", null);

        assertThat(misconfigured.retryable()).isFalse();
        assertThat(misconfigured.code().id()).isEqualTo("core.MISCONFIGURED");
        assertThat(misconfigured).isInstanceOf(CongDanSoException.class);
    }

    @Test
    void masksIdNumbersAndSensitiveFieldsInTheMessage() {
        RejectedException rejected = new RejectedException(CoreError.BAD_ARGUMENT,
                "no dossier for 025090000123 (phone=0912345678, secretKey=s3cr3t-K3y-value)");

        assertThat(rejected.getMessage()).isEqualTo("no dossier for ********0123 (phone=****, secretKey=****)");
        assertThat(rejected.toString()).doesNotContain("025090000123").doesNotContain("s3cr3t");
    }

    @Test
    void replacesAFileCauseByOneNamingTheMaskedFileOnly() {
        NoSuchFileException missing = new NoSuchFileException("/home/nguyenvana/scans/cccd-025090000123.png");

        RejectedException rejected = new RejectedException(CoreError.BAD_ARGUMENT, "cannot read the image", missing);

        Throwable cause = rejected.getCause();
        assertThat(cause.getMessage()).isEqualTo("file …/cccd-********0123.png");
        assertThat(cause).hasToString("java.nio.file.NoSuchFileException: file …/cccd-********0123.png");
        assertThat(cause.getStackTrace()).isEqualTo(missing.getStackTrace());
    }

    @Test
    void redactsTheWholeForeignCauseChainAndItsSuppressedExceptions() {
        IOException root = new IOException("GET http://gw.example:8443/citizens/025090000123 failed");
        root.addSuppressed(new NumberFormatException("For input string: \"s3cr3t-K3y-value\""));
        RuntimeException outer = new IllegalStateException("reading /srv/app/0011001932418.json", root);

        UnavailableException unavailable = new UnavailableException(CoreError.TRANSPORT_FAILED, "failed", outer);

        Throwable cause = unavailable.getCause();
        assertThat(cause.getMessage()).isEqualTo("reading …/*********2418.json");
        assertThat(cause.getCause().getMessage())
                .isEqualTo("GET http://gw.example:8443/citizens/********0123 failed");
        assertThat(cause.getCause().getSuppressed()[0])
                .hasToString("java.lang.NumberFormatException: For input string: \"****\"");
    }

    @Test
    void keepsAnSdkCauseAsItIs() {
        RejectedException inner = new RejectedException(CoreError.BAD_DATE, "bad date");

        assertThat(new RejectedException(CoreError.BAD_ARGUMENT, "outer", inner).getCause()).isSameAs(inner);
    }

    @Test
    void keepsAFileNotFoundMessageFreeOfDirectories() {
        FileNotFoundException missing = new FileNotFoundException("/tmp/x/0912345678.txt (No such file or directory)");

        assertThat(new RejectedException(CoreError.BAD_ARGUMENT, "cannot read", missing).getCause().getMessage())
                .isEqualTo("…/******5678.txt (No such file or directory)");
    }

    @Property(tries = 2000)
    void neverShowsAnIdNumberWhateverSurroundsIt(@ForAll String prefix, @ForAll String suffix) {
        String text = prefix + "025090000123" + suffix;

        RejectedException rejected = new RejectedException(CoreError.BAD_ARGUMENT, text, new IOException(text));

        assertThat(rejected.toString()).doesNotContain("025090000123");
        assertThat(rejected.getCause().toString()).doesNotContain("025090000123");
    }
}
