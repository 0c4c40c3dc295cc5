package registration

import (
	"strings"
	"unicode/utf8"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Limits of the text search in the queue (QueueFilter.Text).
const (
	SearchMinRunes = 3   // shorter parts cannot use the trigram index
	SearchMaxWords = 5   // words (or "quoted phrases") per search
	SearchMaxBytes = 200 // the whole search
)

// searchWords splits a text search into its parts: words, and "phrases in quotes" kept
// whole. Every part must occur somewhere in the text, as a word or inside one ("jood"
// finds "kankerjood"), without regard to case or diacritics.
func searchWords(text string) ([]string, error) {
	if len(text) > SearchMaxBytes {
		return nil, stelsel.Invalid("tekst", "zoekopdracht is te lang (hoogstens %d tekens)", SearchMaxBytes)
	}
	var words []string
	for i, part := range strings.Split(text, `"`) {
		if i%2 == 1 { // inside quotes
			if p := strings.Join(strings.Fields(part), " "); p != "" {
				words = append(words, p)
			}
			continue
		}
		words = append(words, strings.Fields(part)...)
	}
	for _, w := range words {
		if utf8.RuneCountInString(w) < SearchMinRunes {
			return nil, stelsel.Invalid("tekst", "zoek in de tekst op woorden van ten minste %d tekens (%q is te kort)", SearchMinRunes, w)
		}
	}
	if len(words) > SearchMaxWords {
		return nil, stelsel.Invalid("tekst", "zoek op hoogstens %d woorden tegelijk", SearchMaxWords)
	}
	return words, nil
}

// textCondition returns the condition on queue_items for the words of a text search,
// through each database's own index (see migration 00310): FTS5 with the trigram
// tokenizer on SQLite, a trigram index on the folded text on PostgreSQL.
func textCondition(dialect db.Dialect, words []string) (string, []any) {
	if dialect == db.Postgres {
		conds := make([]string, len(words))
		args := make([]any, len(words))
		for i, w := range words {
			conds[i] = "t.body LIKE '%' || stelsel_fold(?) || '%'"
			args[i] = likeEscaper.Replace(w)
		}
		return "number IN (SELECT r.number FROM queue_texts t JOIN registrations r ON r.id = t.registration_id WHERE " +
			strings.Join(conds, " AND ") + ")", args
	}
	phrases := make([]string, len(words))
	for i, w := range words {
		phrases[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"`
	}
	return "number IN (SELECT r.number FROM queue_text JOIN registrations r ON r.id = queue_text.rowid WHERE queue_text MATCH ?)",
		[]any{strings.Join(phrases, " AND ")}
}

var likeEscaper = strings.NewReplacer(`\`, `\\`, "%", `\%`, "_", `\_`)

// textScope narrows a text search to the units whose texts the actor may read: the
// permission table decides (access.ReadRegistration), not the queue permission.
func textScope(a access.Actor) (cond string, args []any, none bool, err error) {
	if !a.Has(access.ReadRegistration) {
		return "", nil, false, stelsel.Errorf(stelsel.EFORBIDDEN, "zoeken in de tekst mag alleen wie de tekst van registraties mag lezen")
	}
	units, all := a.UnitScope(access.ReadRegistration)
	if all {
		return "", nil, false, nil
	}
	if len(units) == 0 {
		return "", nil, true, nil
	}
	for _, u := range units {
		args = append(args, u)
	}
	return "unit IN (" + marks(len(units)) + ")", args, false, nil
}
