package dev.retort.scan.boot;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Map;

/**
 * The entities' class loader of a boot with stand-ins: it gives the {@link StandInClasses stand-in class} for each
 * {@link StandIn}'s name, never the entity's own class file, and loads every other class as the boot's loader does.
 * The booted entities resolve the entities they point at through it, and so get the stand-ins.
 */
final class StandInLoader extends URLClassLoader {
    static {
        registerAsParallelCapable();
    }

    private final Map<String, StandIn> standIns;

    StandInLoader(URL[] urls, ClassLoader parent, Map<String, StandIn> standIns) {
        super("retort-entities", urls, parent);
        this.standIns = Map.copyOf(standIns);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        StandIn standIn = standIns.get(name);
        if (standIn == null) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                byte[] bytes = StandInClasses.bytes(standIn);
                c = defineClass(name, bytes, 0, bytes.length);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }
}
