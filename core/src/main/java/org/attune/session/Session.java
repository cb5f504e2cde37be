package org.attune.session;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.attune.catalog.Catalog;
import org.attune.model.EnableWhen;
import org.attune.model.Instrument;
import org.attune.model.Item;
import org.attune.model.Score;
import org.attune.response.AnswerCoding;
import org.attune.response.InvalidResponsesException;
import org.attune.response.ResponseViolation;
import org.attune.scoring.Result;
import org.attune.scoring.Scorer;
import org.attune.scoring.ScoringRow;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One questionnaire being filled in, a step at a time: the app shows {@link #step()} (one item,
 * or a page of items), records answers with {@link #answer}, moves on with {@link #next()} and
 * back with {@link #back()}. Items whose condition ({@link Item#enableWhen()}) is not met are
 * not shown, and an answer to an item that becomes hidden is cleared. {@link #result()} is the
 * live result after every answer, updated for what the answer touches only; a finished session
 * gives the same {@link Result} as scoring the same answers in a batch. {@link #toJson()} saves
 * the session, navigation history included, and {@link #resume} restores it exactly.
 *
 * <p>Not thread-safe: one session per respondent.
 *
 * @since 0.1.0
 */
public final class Session {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Scorer scorer;
  private final Instrument instrument;
  private final AnswerCoding coding;
  private final int pageSize;
  private final ScoringRow row;
  /** The items with a condition: only their visibility can change with an answer. */
  private final int[] conditional;
  private final Map<String, Object> answers = new LinkedHashMap<>();
  private final Deque<String> history = new ArrayDeque<>();
  /** The first item of the step shown now; null when finished. */
  private String current;

  private Session(Scorer scorer, AnswerCoding coding, int pageSize) {
    if (pageSize < 1) {
      throw new IllegalArgumentException("a step shows at least one item, not " + pageSize);
    }
    this.scorer = requireNonNull(scorer, "scorer");
    this.instrument = scorer.instrument();
    this.coding = requireNonNull(coding, "coding");
    this.pageSize = pageSize;
    this.row = scorer.newRow(coding);
    row.score();
    this.conditional = IntStream.range(0, instrument.items().size())
        .filter(i -> instrument.items().get(i).enableWhen() != null).toArray();
    this.current = firstShownFrom(0);
  }

  /** A session showing one item at a time, answers coded by score. */
  public static Session start(Scorer scorer) {
    return new Session(scorer, AnswerCoding.SCORE, 1);
  }

  /** A session showing up to {@code pageSize} items a step, answers coded as given. */
  public static Session start(Scorer scorer, AnswerCoding coding, int pageSize) {
    return new Session(scorer, coding, pageSize);
  }

  public Instrument instrument() {
    return instrument;
  }

  /** The items shown now, in printed order; empty when the session is finished. */
  public List<Item> step() {
    List<Item> items = new ArrayList<>(pageSize);
    for (int i = current == null ? instrument.items().size() : index(current);
        i < instrument.items().size() && items.size() < pageSize; i++) {
      if (isShown(i)) {
        items.add(instrument.items().get(i));
      }
    }
    return items;
  }

  /** Whether every step has been passed ({@link #next()} after the last). */
  public boolean isFinished() {
    return current == null;
  }

  /** Whether the item is shown: it has no condition, or its condition is met by the answers so far. */
  public boolean isShown(String itemId) {
    return isShown(index(itemId));
  }

  /**
   * Records an answer (a string as typed, or a number; null clears it) to an item that is
   * shown, in this step or another. Answers to items that this answer hides are cleared.
   *
   * @throws InvalidResponsesException when the value is not a valid answer; nothing changes
   * @throws IllegalArgumentException when the instrument has no such item, or the value is an
   *     {@link org.attune.response.OptionCode} (a session keeps answers as typed, to save them)
   * @throws IllegalStateException when the item is not shown (its condition is not met)
   */
  public void answer(String itemId, Object value) {
    if (value instanceof org.attune.response.OptionCode) {
      throw new IllegalArgumentException("a session takes answers as typed (a string or a number), not option codes");
    }
    int i = index(itemId);
    if (!isShown(i)) {
      throw new IllegalStateException("item " + itemId + " is not shown: its condition is not met");
    }
    ResponseViolation violation = row.set(i, value);
    if (violation != null) {
      throw new InvalidResponsesException(instrument.id(), instrument.version(), List.of(violation), List.of());
    }
    if (value == null) {
      answers.remove(itemId);
    } else {
      answers.put(itemId, value);
    }
    clearHidden();
  }

  /** The answer recorded for the item, as given. */
  public Optional<Object> answerOf(String itemId) {
    index(itemId);
    return Optional.ofNullable(answers.get(itemId));
  }

  /** Every answer recorded, as given, in the order first given (unmodifiable view). */
  public Map<String, Object> answers() {
    return Collections.unmodifiableMap(answers);
  }

  /** Moves to the next step; after the last, the session is finished. */
  public void next() {
    if (current == null) {
      throw new IllegalStateException("the session is finished");
    }
    List<Item> shown = step();
    String following = firstShownFrom(index(shown.get(shown.size() - 1).id()) + 1);
    history.push(current);
    current = following;
  }

  /** Whether there is a step to go back to. */
  public boolean canGoBack() {
    return !history.isEmpty();
  }

  /** Goes back to the step shown before this one (from a finished session: to the last step). */
  public void back() {
    if (history.isEmpty()) {
      throw new IllegalStateException("there is no step before this one");
    }
    String previous = history.pop();
    // an answer since then may have hidden that step's first item: show the next item shown
    current = firstShownFrom(index(previous));
  }

  /** The result of the answers so far: a screening result, not a diagnosis. */
  public Result result() {
    return row.toResult();
  }

  /** The session as a versioned JSON document ({@link SessionState}), for saving and {@link #resume}. */
  public String toJson() {
    String profile = scorer.profile().map(p -> p.id()).orElse(null);
    return JSON.writeValueAsString(new SessionState(SessionState.VERSION, instrument.id(), instrument.version(),
        profile, coding.name().toLowerCase(Locale.ROOT), pageSize, answers, reversed(history), current));
  }

  /**
   * Restores a session saved by {@link #toJson()}, answers and navigation history included,
   * against the catalogue's instrument of the same id and version.
   *
   * @throws InvalidSessionException when the document is not a session this library reads, or
   *     the catalogue has not the instrument, version or profile it was saved against
   */
  public static Session resume(String json, Catalog catalog) {
    SessionState state;
    try {
      state = JSON.readValue(json, SessionState.class);
    } catch (JacksonException e) {
      throw new InvalidSessionException("not a saved session: " + e.getOriginalMessage());
    }
    if (state.sessionVersion() != SessionState.VERSION) {
      throw new InvalidSessionException("session format " + state.sessionVersion() + " is not one this library reads ("
          + SessionState.VERSION + ")");
    }
    Instrument instrument = catalog.find(String.valueOf(state.instrument())).orElseThrow(() ->
        new InvalidSessionException("the session was saved for instrument " + state.instrument()
            + ", which the catalogue does not have"));
    if (!instrument.version().equals(state.instrumentVersion())) {
      throw new InvalidSessionException("the session was saved against " + instrument.id() + " version "
          + state.instrumentVersion() + ", but the catalogue has version " + instrument.version()
          + ": resuming could change its answers' meaning");
    }
    if (state.profile() != null && instrument.profile(state.profile()).isEmpty()) {
      throw new InvalidSessionException("the session was saved with profile " + state.profile() + ", which "
          + instrument.id() + " does not have");
    }
    try {
      Scorer scorer = state.profile() == null ? Scorer.of(instrument) : catalog.scorer(instrument.id(), state.profile());
      Session session = new Session(scorer, AnswerCoding.valueOf(state.coding().toUpperCase(Locale.ROOT)),
          state.pageSize());
      session.replay(state.answers() == null ? Map.of() : state.answers());
      for (String step : state.history() == null ? List.<String>of() : state.history()) {
        session.index(step);
        session.history.push(step);
      }
      if (state.current() != null) {
        session.index(state.current());
      }
      session.current = state.current();
      return session;
    } catch (IllegalArgumentException | NullPointerException | InvalidResponsesException e) {
      throw new InvalidSessionException("the saved session does not fit " + instrument.id() + " "
          + instrument.version() + ": " + e.getMessage());
    }
  }

  /**
   * Records saved answers, each once its item is shown (a condition may name an item answered
   * later), keeping their saved order.
   */
  private void replay(Map<String, Object> saved) {
    Map<String, Object> pending = new LinkedHashMap<>(saved);
    boolean progress = true;
    while (!pending.isEmpty() && progress) {
      progress = false;
      for (var it = pending.entrySet().iterator(); it.hasNext();) {
        Map.Entry<String, Object> answer = it.next();
        if (isShown(index(answer.getKey()))) {
          answer(answer.getKey(), answer.getValue());
          it.remove();
          progress = true;
        }
      }
    }
    if (!pending.isEmpty()) {
      throw new InvalidSessionException("the session holds answers to items that are not shown: " + pending.keySet());
    }
    answers.clear();
    saved.forEach(answers::put);
  }

  private boolean isShown(int i) {
    EnableWhen when = instrument.items().get(i).enableWhen();
    if (when == null) {
      return true;
    }
    Score atLeast = Score.of(when.atLeast());
    for (String other : when.items()) {
      Score score = row.answerScore(index(other));
      if (score != null && score.compareTo(atLeast) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Clears the answers of items that are no longer shown, until none is left (one may hide another). */
  private void clearHidden() {
    boolean cleared = true;
    while (cleared) {
      cleared = false;
      for (int i : conditional) {
        String id = instrument.items().get(i).id();
        if (answers.containsKey(id) && !isShown(i)) {
          row.set(i, null);
          answers.remove(id);
          cleared = true;
        }
      }
    }
  }

  private String firstShownFrom(int from) {
    for (int i = from; i < instrument.items().size(); i++) {
      if (isShown(i)) {
        return instrument.items().get(i).id();
      }
    }
    return null;
  }

  private int index(String itemId) {
    int i = row.itemIndex(requireNonNull(itemId, "itemId"));
    if (i < 0) {
      throw new IllegalArgumentException("unknown item " + itemId + " for " + instrument.id());
    }
    return i;
  }

  private static List<String> reversed(Deque<String> stack) {
    List<String> oldestFirst = new ArrayList<>(stack);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }
}
