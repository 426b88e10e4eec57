package org.refugeelaw.examples;

import java.util.Iterator;
import java.util.List;
import org.refugeelaw.api.Frame;
import picocli.CommandLine;

/** The {@code --frame} option: one of the bundled frames, by id (docs/frames.md). */
final class FrameOption implements CommandLine.ITypeConverter<Frame> {
    @Override
    public Frame convert(String value) {
        for (Frame f : Frame.values()) {
            if (f.id().equals(value)) {
                return f;
            }
        }
        throw new CommandLine.TypeConversionException("expected one of " + Frame.values()
                + " (case-sensitive) but was '" + Terminal.value(value) + "'");
    }

    /** The frame ids, for the option's help and completion. */
    static final class Ids implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            List<String> ids = Frame.values().stream().map(Frame::id).toList();
            return ids.iterator();
        }
    }
}
