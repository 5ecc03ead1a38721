package vn.congdanso.core;

import vn.congdanso.core.testing.PublicApiContract;

/**
 * The module's public surface and its contracts: see {@link PublicApiContract}. The wire parsers
 * of amounts and times read null as a missing value and reject it, as their Javadoc says.
 */
class PublicApiTest extends PublicApiContract {

    PublicApiTest() {
        super("core", "Vnd.parse", "Vnd.parseHundredths", "VnTime.parseCompact", "VnTime.parseDate");
    }
}
