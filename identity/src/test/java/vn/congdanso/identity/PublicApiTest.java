package vn.congdanso.identity;

import vn.congdanso.core.testing.PublicApiContract;

/** The module's public surface and its contracts: see {@link PublicApiContract}. */
class PublicApiTest extends PublicApiContract {

    PublicApiTest() {
        super("identity");
    }
}
