package registration

import (
	"context"
	"fmt"

	"stelsel/access"
)

// TermCounts returns, per term of the lexicon in use, the number of registrations whose
// current version it hits: the figure an administrator or analyst needs to see which
// terms feed the queue. Counts are reused for a second like the queue counts. The actor
// needs access.ReadLexicon; the counts hold no personal data.
func (s *Service) TermCounts(ctx context.Context, a access.Actor) (map[string]int, error) {
	if err := a.Require(access.ReadLexicon); err != nil {
		return nil, err
	}
	return s.counts.get("terms", []any{s.lexicon}, func() (map[string]int, error) {
		rows, err := s.db.Query(ctx, `SELECT h.term, count(DISTINCT h.registration_id)
			FROM hits h JOIN registrations r ON r.id = h.registration_id AND r.version = h.version
			WHERE h.lexicon = ? AND r.lexicon = ?
			GROUP BY h.term`, s.lexicon, s.lexicon)
		if err != nil {
			return nil, fmt.Errorf("count hits per term: %w", err)
		}
		defer rows.Close()
		out := map[string]int{}
		for rows.Next() {
			var term string
			var n int
			if err := rows.Scan(&term, &n); err != nil {
				return nil, fmt.Errorf("count hits per term: %w", err)
			}
			out[term] = n
		}
		return out, rows.Err()
	})
}
