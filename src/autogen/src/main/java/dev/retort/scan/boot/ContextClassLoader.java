package dev.retort.scan.boot;

import java.util.function.Supplier;

/** Swaps the thread's context class loader for the duration of some work. */
final class ContextClassLoader {
    private ContextClassLoader() {
    }

    static <T> T with(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
