package vn.congdanso.payments.callback;

/** The concurrency run on in-memory H2. */
class H2MemoryConcurrencyTest extends ConcurrencyContract {

    @Override
    Databases.Db database() {
        return Databases.h2Memory();
    }
}
