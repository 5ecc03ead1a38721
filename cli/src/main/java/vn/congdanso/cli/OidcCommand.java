package vn.congdanso.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.node.ObjectNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.congdanso.core.RejectedException;
import vn.congdanso.http.Transport;
import vn.congdanso.http.TransportRequest;
import vn.congdanso.identity.oidc.CitizenIdentity;
import vn.congdanso.identity.oidc.ClaimMapping;
import vn.congdanso.identity.oidc.IdTokenExpectations;
import vn.congdanso.identity.oidc.IdTokenValidator;
import vn.congdanso.identity.oidc.ProviderKeys;
import vn.congdanso.identity.oidc.ProviderMetadata;
import vn.congdanso.identity.oidc.VerifiedIdToken;

@Command(name = "oidc", mixinStandardHelpOptions = true,
        description = "VNeID / OpenID Connect: discover a provider, validate an ID token.",
        subcommands = {OidcCommand.Discover.class, OidcCommand.ValidateIdToken.class})
final class OidcCommand {

    @Command(name = "discover", mixinStandardHelpOptions = true,
            description = "Prints a provider's configuration from ISSUER_URL/.well-known/openid-configuration.")
    static final class Discover implements Callable<Integer> {

        @Mixin
        Output output;

        @Parameters(paramLabel = "ISSUER_URL", description = "The issuer, e.g. https://sso.example.vn/realms/vneid.")
        String issuer;

        @Override
        public Integer call() {
            ProviderMetadata metadata = ProviderMetadata.discover(Transport.builder().build(), issuer);
            ObjectNode node = output.result(true)
                    .put("issuer", metadata.issuer())
                    .put("authorization_endpoint", metadata.authorizationEndpoint().toString())
                    .put("token_endpoint", metadata.tokenEndpoint().toString())
                    .put("jwks_uri", metadata.jwksUri().toString());
            metadata.userinfoEndpoint().ifPresent(url -> node.put("userinfo_endpoint", url.toString()));
            metadata.endSessionEndpoint().ifPresent(url -> node.put("end_session_endpoint", url.toString()));
            if (output.json()) {
                output.printJson(node);
            } else {
                node.fields().forEachRemaining(field -> {
                    if (!"valid".equals(field.getKey()) && !"error".equals(field.getKey())) {
                        output.println(field.getKey() + ": " + field.getValue().asText());
                    }
                });
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "validate-id-token", mixinStandardHelpOptions = true,
            description = "Validates an ID token: signature with the JWKS, iss, aud, times, nonce, acr. Exit 1 when invalid.")
    static final class ValidateIdToken implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        Output output;

        @Option(names = "--issuer", required = true, paramLabel = "URL", description = "The expected iss.")
        String issuer;

        @Option(names = "--client-id", required = true, paramLabel = "ID", description = "The client id aud must contain.")
        String clientId;

        @Option(names = "--jwks", required = true, paramLabel = "FILE_OR_URL",
                description = "The provider's JWKS: a file, or an http(s) URL to fetch.")
        String jwks;

        @Option(names = "--nonce", paramLabel = "N", description = "The nonce the token must carry.")
        String nonce;

        @Option(names = "--acr", paramLabel = "LEVEL", description = "The least assurance level (LoA1, LoA2).")
        String acr;

        @Parameters(paramLabel = "TOKEN", description = "The ID token, or @FILE.")
        String token;

        @Override
        public Integer call() {
            IdTokenValidator validator = IdTokenValidator.builder().issuer(issuer).clientId(clientId).keys(keys()).build();
            IdTokenExpectations expectations = IdTokenExpectations.none();
            expectations = nonce == null ? expectations : expectations.withNonce(nonce);
            expectations = acr == null ? expectations : expectations.withAcr(acr);
            VerifiedIdToken verified;
            try {
                verified = validator.validate(Inputs.textOrFile(token).trim(), expectations);
            } catch (RejectedException e) {
                return invalid(e);
            }
            CitizenIdentity citizen = ClaimMapping.vneid().map(verified, java.util.Map.of());
            if (output.json()) {
                ObjectNode node = output.result(true);
                node.set("claims", Output.MAPPER.valueToTree(verified.claims()));
                node.set("citizen", citizenNode(citizen));
                output.printJson(node);
            } else {
                output.println("valid: iss=" + verified.issuer() + " acr=" + verified.acr().orElse("-")
                        + " exp=" + verified.expiresAt());
                citizen.idNumber().ifPresent(id -> output.println("ID number:  " + id.digits()));
                citizen.fullName().ifPresent(name -> output.println("Full name:  " + name));
                citizen.birthDate().ifPresent(date -> output.println("Birth date: " + date));
            }
            return ExitCodes.OK;
        }

        private int invalid(RejectedException failure) {
            if (!output.json()) {
                return output.fail(failure);
            }
            Failure reported = Failure.of(failure);
            ObjectNode node = Output.failed(reported);
            node.putNull("claims");
            node.putNull("citizen");
            output.printJson(node);
            return reported.exitCode();
        }

        private ProviderKeys keys() {
            if (jwks.startsWith("https://") || jwks.startsWith("http://")) {
                return ProviderKeys.builder(Transport.builder().build(), TransportRequest.parseUrl(jwks)).build();
            }
            return ProviderKeys.fixed(Inputs.readText(Path.of(jwks), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
        }

        private ObjectNode citizenNode(CitizenIdentity citizen) {
            ObjectNode node = output.object().put("subject", citizen.subject());
            citizen.idNumber().ifPresent(id -> node.put("idNumber", id.digits()));
            citizen.fullName().ifPresent(name -> node.put("fullName", name));
            citizen.birthDate().ifPresent(date -> node.put("birthDate", date.toString()));
            citizen.assuranceLevel().ifPresent(level -> node.put("assuranceLevel", level));
            return node;
        }
    }
}
