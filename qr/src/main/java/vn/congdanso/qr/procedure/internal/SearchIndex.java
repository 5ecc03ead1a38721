package vn.congdanso.qr.procedure.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.congdanso.core.text.VietnameseText;
import vn.congdanso.qr.procedure.AgencyCode;
import vn.congdanso.qr.procedure.Procedure;

/**
 * Diacritic- and case-insensitive ranked keyword search over a fixed list of procedures. Every
 * query word must match (as a whole word or a word prefix) the name, the field or the code;
 * whole-word matches in the name weigh most, then prefixes in the name, then the field; the
 * query as a phrase in the name adds a bonus; ties go to the shorter name. Immutable and
 * thread-safe.
 */
public final class SearchIndex {

    private static final int NAME_WORD = 4;
    private static final int NAME_PREFIX = 2;
    private static final int FIELD_OR_CODE = 1;
    private static final int PHRASE = 6;

    private record Entry(Procedure procedure, String name, List<String> nameWords, List<String> otherWords) {
    }

    private record Hit(Entry entry, int score) {
    }

    private final List<Entry> entries;

    /** Indexes {@code procedures}. */
    public SearchIndex(List<Procedure> procedures) {
        List<Entry> list = new ArrayList<>(procedures.size());
        for (Procedure procedure : procedures) {
            List<String> nameWords = words(procedure.name());
            List<String> other = new ArrayList<>(words(procedure.field()));
            procedure.code().ifPresent(code -> other.add(code.toString()));
            list.add(new Entry(procedure, String.join(" ", nameWords), nameWords, other));
        }
        this.entries = List.copyOf(list);
    }

    /** The procedures matching {@code keywords} and published under {@code agency}, best first. */
    public List<Procedure> search(String keywords, Optional<AgencyCode> agency) {
        List<String> terms = words(keywords);
        String phrase = String.join(" ", terms);
        List<Hit> hits = new ArrayList<>();
        for (Entry entry : entries) {
            if (agency.isPresent() && entry.procedure().agencies().stream().noneMatch(a -> agency.get().contains(a))) {
                continue;
            }
            int score = score(entry, terms, phrase);
            if (score >= 0) {
                hits.add(new Hit(entry, score));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::score).reversed().thenComparingInt(h -> h.entry().name().length())
                .thenComparing(h -> h.entry().name()));
        return hits.stream().map(h -> h.entry().procedure()).toList();
    }

    private static int score(Entry entry, List<String> terms, String phrase) {
        int score = 0;
        for (String term : terms) {
            int best = termScore(entry, term);
            if (best == 0) {
                return -1;
            }
            score += best;
        }
        if (!terms.isEmpty() && (" " + entry.name() + " ").contains(" " + phrase + " ")) {
            score += PHRASE;
        }
        return score;
    }

    private static int termScore(Entry entry, String term) {
        if (entry.nameWords().contains(term)) {
            return NAME_WORD;
        }
        if (entry.nameWords().stream().anyMatch(w -> w.startsWith(term))) {
            return NAME_PREFIX;
        }
        return entry.otherWords().stream().anyMatch(w -> w.startsWith(term)) ? FIELD_OR_CODE : 0;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : VietnameseText.searchKey(text).split("[^a-z0-9.]+")) {
            String trimmed = word.replaceAll("^\\.+|\\.+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
