package vn.congdanso.payments.callback;

/**
 * The pipeline's rules on the JDBC store over PostgreSQL ({@code CONGDANSO_TEST_PG_URL}); skipped
 * without it, failed without it in CI.
 */
class PostgresPipelineTest extends JdbcPipelineContract {

    @Override
    Databases.Db database() {
        return Databases.postgres();
    }
}
