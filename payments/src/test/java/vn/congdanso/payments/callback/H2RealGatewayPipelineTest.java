package vn.congdanso.payments.callback;

/** The real gateway verifiers through the pipeline on in-memory H2. */
class H2RealGatewayPipelineTest extends RealGatewayPipelineContract {

    @Override
    Databases.Db database() {
        return Databases.h2Memory();
    }
}
