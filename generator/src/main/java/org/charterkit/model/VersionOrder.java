package org.charterkit.model;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * Charter versions are numbers separated by dots ("1.0", "2.1", "1.10"), compared number by number, so 1.10
 * comes after 1.9 as people expect. The numbers may be of any length: they are compared as whole numbers, not
 * squeezed into a {@code long} (a version {@code 1.99999999999999999999} is a version, and later than 1.9).
 */
public final class VersionOrder {

    private static final Pattern VERSION = Pattern.compile("\\d+(\\.\\d+)*");

    /** Orders version strings by their numbers; text that is not a version sorts after every version. */
    public static final Comparator<String> ORDER = VersionOrder::compare;

    private VersionOrder() {
    }

    public static boolean isValid(String version) {
        return VERSION.matcher(version).matches();
    }

    /** The next version after {@code version} by its last number: 1.0 gives 1.1, 2 gives 3. */
    public static String nextMinor(String version) {
        if (!isValid(version)) {
            return "1.0";
        }
        int dot = version.lastIndexOf('.');
        return version.substring(0, dot + 1) + new BigInteger(version.substring(dot + 1)).add(BigInteger.ONE);
    }

    /** The next whole version after {@code version}: 1.3 gives 2.0. */
    public static String nextMajor(String version) {
        return isValid(version) ? new BigInteger(version.split("\\.")[0]).add(BigInteger.ONE) + ".0" : "1.0";
    }

    public static int compare(String a, String b) {
        boolean aValid = isValid(a);
        boolean bValid = isValid(b);
        if (!aValid || !bValid) {
            return aValid == bValid ? a.compareTo(b) : aValid ? -1 : 1;
        }
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int order = p.compareTo(q);
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }
}
