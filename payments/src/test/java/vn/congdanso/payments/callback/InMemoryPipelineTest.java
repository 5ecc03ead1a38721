package vn.congdanso.payments.callback;

/** The pipeline's rules on the in-memory store. */
class InMemoryPipelineTest extends CallbackPipelineContract {

    @Override
    CallbackStore newStore() {
        return new InMemoryCallbackStore();
    }
}
