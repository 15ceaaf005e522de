// SPDX-License-Identifier: Apache-2.0
package io.github.smtpcatalog.core;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Turns the bytes that Jazzer hands a fuzz test into the texts the parsers are given. Each input is read twice: as
 * UTF-8, so the readable seed files and the fuzzer's ASCII mutations reach the parser as written; and as raw
 * UTF-16 code units (two bytes a char), so every char, lone surrogates and control characters included, reaches it
 * too.
 */
final class FuzzInput {

    private FuzzInput() {
    }

    static List<String> texts(byte[] bytes) {
        return List.of(new String(bytes, StandardCharsets.UTF_8), utf16Units(bytes));
    }

    static String utf16Units(byte[] bytes) {
        char[] chars = new char[bytes.length / 2];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) (((bytes[2 * i] & 0xff) << 8) | (bytes[2 * i + 1] & 0xff));
        }
        return new String(chars);
    }
}
