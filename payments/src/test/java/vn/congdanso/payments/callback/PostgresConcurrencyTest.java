package vn.congdanso.payments.callback;

/** The concurrency run on PostgreSQL; skipped without {@code CONGDANSO_TEST_PG_URL}, failed in CI. */
class PostgresConcurrencyTest extends ConcurrencyContract {

    @Override
    Databases.Db database() {
        return Databases.postgres();
    }
}
