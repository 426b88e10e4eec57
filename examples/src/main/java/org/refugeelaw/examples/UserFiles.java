package org.refugeelaw.examples;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The runner's checks on the files and folders a user names: each mistake becomes a {@link ScenarioException} with
 * one line that names the path, says what is wrong and what to do, and carries the exit status (see {@link Exit}).
 */
final class UserFiles {
    /** The largest scenario file read, in bytes: larger files are refused before they are parsed. */
    static final long MAX_SCENARIO_BYTES = 1_000_000L;
    /** The largest country-information file read, in bytes. */
    static final long MAX_COUNTRY_INFORMATION_BYTES = 5_000_000L;
    /** The largest case record (.json) read by {@code assess}, in bytes: the JSON reader's document limit. */
    static final long MAX_CASE_RECORD_BYTES = 1_000_000L;

    private UserFiles() {
    }

    /**
     * The text of a file the user named, read as strict UTF-8 (a byte-order mark is dropped), refused if it is
     * missing, a folder, a device, unreadable, larger than {@code maxBytes} or not UTF-8.
     */
    static String readText(Path file, long maxBytes, String what) {
        String p = Terminal.path(file);
        if (!Files.exists(file)) {
            throw new ScenarioException(Exit.NO_INPUT, p + ": no such file; check the path (" + what + ").");
        }
        if (Files.isDirectory(file)) {
            throw new ScenarioException(Exit.NO_INPUT, p + ": is a folder, but a file is needed here (" + what
                    + ").");
        }
        if (!Files.isRegularFile(file)) {
            throw new ScenarioException(Exit.NO_INPUT, p + ": is not a regular file (a device, pipe or socket);"
                    + " give a file (" + what + ").");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (size > maxBytes) {
            throw new ScenarioException(Exit.DATA_ERROR, p + ": is " + size + " bytes, more than the limit of "
                    + maxBytes + " bytes for " + what + "; it was not read. Split it or shorten it.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) maxBytes + 1);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
        if (bytes.length > maxBytes) {
            throw new ScenarioException(Exit.DATA_ERROR, p + ": grew past the limit of " + maxBytes + " bytes for "
                    + what + " while it was read; it was not used.");
        }
        return utf8(file, bytes);
    }

    /** Strict UTF-8, naming the byte offset of the first bad byte; a byte-order mark at the start is dropped. */
    static String utf8(Path file, byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        String text;
        try {
            text = d.decode(in).toString();
        } catch (MalformedInputException e) {
            throw new ScenarioException(Exit.DATA_ERROR, Terminal.path(file) + ": is not UTF-8 text (an invalid byte"
                    + " at offset " + in.position() + "); save it as UTF-8.");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(Exit.DATA_ERROR, Terminal.path(file) + ": is not UTF-8 text; save it as"
                    + " UTF-8.");
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static ScenarioException unreadable(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new ScenarioException(Exit.NO_INPUT, Terminal.path(file) + ": no such file; check the path.");
        }
        if (e instanceof AccessDeniedException) {
            return new ScenarioException(Exit.NO_INPUT, Terminal.path(file) + ": cannot be read (permission"
                    + " denied); check its permissions.");
        }
        return new ScenarioException(Exit.IO_ERROR, Terminal.path(file) + ": cannot be read (" + reason(e)
                + "); check the file and the disk.");
    }

    /** A folder the user named as input: it must exist and be a folder. */
    static void inputFolder(Path folder, String what) {
        String p = Terminal.path(folder);
        if (!Files.exists(folder)) {
            throw new ScenarioException(Exit.NO_INPUT, p + ": no such folder; check the path (" + what + ").");
        }
        if (!Files.isDirectory(folder)) {
            throw new ScenarioException(Exit.NO_INPUT, p + ": is a file, but a folder is needed here (" + what
                    + "); to assess one file use 'refugee-law assess'.");
        }
        if (!Files.isReadable(folder)) {
            throw new ScenarioException(Exit.NO_INPUT, p + ": cannot be read (permission denied); check its"
                    + " permissions.");
        }
    }

    /**
     * An output folder: refused if it is a file or a device, or lies inside the input folder; created if missing.
     */
    static void outputFolder(Path out, Path inputFolder, String option) {
        String p = Terminal.path(out);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ScenarioException(Exit.CANT_CREATE, option + " " + p + ": is not a folder (a file or a"
                    + " device); give a folder (it is created if missing).");
        }
        if (inputFolder != null && inside(out, inputFolder)) {
            throw new ScenarioException(Exit.USAGE, option + " " + p + ": lies inside the input folder "
                    + Terminal.path(inputFolder) + "; write the output outside the input.");
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new ScenarioException(Exit.CANT_CREATE, option + " " + p + ": cannot be created (" + reason(e)
                    + "); choose another folder.");
        }
    }

    /** Whether {@code p} is {@code folder} or lies inside it, by real path (symbolic links resolved). */
    static boolean inside(Path p, Path folder) {
        try {
            Path f = folder.toRealPath();
            Path existing = p.toAbsolutePath().normalize();
            Path rest = existing.getFileSystem().getPath("");
            while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
                rest = existing.getFileName().resolve(rest);
                existing = existing.getParent();
            }
            if (existing == null) {
                return false;
            }
            Path real = existing.toRealPath().resolve(rest).normalize();
            return real.startsWith(f);
        } catch (IOException e) {
            return false;
        }
    }

    /** The operating system's reason for an I/O failure, without the path (the message names it already). */
    static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return Terminal.value(fse.getReason());
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : Terminal.value(m);
    }
}
