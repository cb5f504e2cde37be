package org.attune.session;

import java.util.List;
import java.util.Map;

/**
 * A session as saved: the JSON document {@link Session#toJson} writes and
 * {@link Session#resume} reads.
 *
 * <pre>{@code
 * {"sessionVersion": 1, "instrument": "phq9", "instrumentVersion": "1.0.0", "profile": "default",
 *  "coding": "score", "pageSize": 1, "answers": {"phq9_1": "2", "phq9_2": "0"},
 *  "history": ["phq9_1"], "current": "phq9_2"}
 * }</pre>
 *
 * <p>{@code answers} keeps each answer as given, in the order given; {@code history} the first
 * item of every step visited before the current one, oldest first; {@code current} the first
 * item of the step shown now, or null when the session is finished.
 */
record SessionState(
    int sessionVersion,
    String instrument,
    String instrumentVersion,
    String profile,
    String coding,
    int pageSize,
    Map<String, Object> answers,
    List<String> history,
    String current) {

  /** The format this library writes and reads. */
  static final int VERSION = 1;
}
