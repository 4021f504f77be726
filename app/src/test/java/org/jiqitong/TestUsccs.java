package org.jiqitong;

import java.util.concurrent.ThreadLocalRandom;
import org.jiqitong.shared.Uscc;

/** Fresh valid USCCs for tests, so tests never collide with each other or with the demo data. */
public final class TestUsccs {

    private TestUsccs() {
    }

    public static String next() {
        StringBuilder sb = new StringBuilder("91370102");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        sb.append("TT"); // demo bodies never start with TT here: keeps test entities recognisable
        for (int i = 0; i < 7; i++) {
            sb.append(Uscc.ALPHABET.charAt(r.nextInt(31)));
        }
        return sb.append(Uscc.checkCharacter(sb)).toString();
    }

    /** The same code with a wrong check character. */
    public static String withWrongCheck(String valid) {
        char c = valid.charAt(17);
        char wrong = Uscc.ALPHABET.charAt((Uscc.ALPHABET.indexOf(c) + 1) % 31);
        return valid.substring(0, 17) + wrong;
    }
}
