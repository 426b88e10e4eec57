package org.refugeelaw.assessment;

import java.util.List;
import java.util.Map;

/**
 * The same case assessed under every legal frame, side by side.
 *
 * @param caseId      the case
 * @param frames      the frames compared, in order
 * @param rows        every item assessed (the determination, each criterion, each bar), with its value per frame
 * @param assessments the full assessment under each frame
 */
public record FrameComparison(String caseId, List<String> frames, List<Row> rows, Map<String, Assessment> assessments) {
    /**
     * Normalises the components: lists are copied, and a list left out is empty.
     *
     * @param caseId the case id
     * @param frames the frames (left out: none)
     * @param rows the rows (left out: none)
     * @param assessments the assessments
     */
    public FrameComparison {
        frames = List.copyOf(frames);
        rows = List.copyOf(rows);
        assessments = Map.copyOf(assessments);
    }

    /**
     * Only the rows that differ between frames.
     *
     * @return the differences
     */
    public List<Row> differences() {
        return rows.stream().filter(Row::differs).toList();
    }

    /**
     * One item across frames.
     *
     * @param item    e.g. {@code determination}, {@code OTHER_NATIONALITY}, {@code return to KP / NON_REFOULEMENT_33}
     * @param values  the value per frame, in the order of {@link #frames()}
     * @param differs whether the frames disagree
     * @param reasons where they disagree: the legal reason under each frame (the finding's own reasons and the frame's
     *                authorities)
     */
    public record Row(String item, List<String> values, boolean differs, List<String> reasons) {
        /**
         * Normalises the components: lists are copied, and a list left out is empty.
         *
         * @param item the item
         * @param values the values (left out: none)
         * @param differs the differs
         * @param reasons the reasons (left out: none)
         */
        public Row {
            values = List.copyOf(values);
            reasons = List.copyOf(reasons);
        }
    }
}
