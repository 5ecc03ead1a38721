package vn.congdanso.identity.oidc;

import vn.congdanso.core.testing.PublicApiContract;

/** The module's public surface and its contracts: see {@link PublicApiContract}. */
class PublicApiTest extends PublicApiContract {

    PublicApiTest() {
        super("oidc");
    }
}
