package vn.congdanso.payments.callback;

/** The real gateway verifiers through the pipeline on PostgreSQL ({@code CONGDANSO_TEST_PG_URL}). */
class PostgresRealGatewayPipelineTest extends RealGatewayPipelineContract {

    @Override
    Databases.Db database() {
        return Databases.postgres();
    }
}
