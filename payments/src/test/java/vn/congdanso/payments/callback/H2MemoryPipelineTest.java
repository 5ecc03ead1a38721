package vn.congdanso.payments.callback;

/** The pipeline's rules on the JDBC store over in-memory H2. */
class H2MemoryPipelineTest extends JdbcPipelineContract {

    @Override
    Databases.Db database() {
        return Databases.h2Memory();
    }
}
