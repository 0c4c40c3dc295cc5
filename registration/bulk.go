package registration

import (
	"context"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
)

// MaxBulk is the most registrations one bulk decision takes.
const MaxBulk = 500

// BulkResult says what became of one registration of a bulk decision.
type BulkResult struct {
	Number   string    `json:"registratienummer"`
	Decision *Decision `json:"beoordeling,omitempty"`
	Error    error     `json:"-"`
}

// DecideBulk decides "geen discriminatie" with one preset reason on several
// registrations, for obvious false positives. Each is written and audited as its own
// decision through Decide, so every rule holds per registration (permission, four-eyes,
// the lock); each is made on a view without a decision (Basis 0), so a registration
// someone decided meanwhile is refused, not overwritten. A refusal of one does not stop
// the others.
func (s *Service) DecideBulk(ctx context.Context, a access.Actor, numbers []string, reasonCode, rationale string) ([]BulkResult, error) {
	if err := a.Require(access.Decide); err != nil {
		return nil, err
	}
	numbers = clean(numbers)
	switch {
	case len(numbers) == 0:
		return nil, stelsel.Invalid("nummers", "kies ten minste één registratie")
	case len(numbers) > MaxBulk:
		return nil, stelsel.Invalid("nummers", "kies hoogstens %d registraties tegelijk", MaxBulk)
	case !s.cat.NoDiscriminationReasons.Has(reasonCode):
		return nil, stelsel.Invalid("reden_code", "kies een vaste reden voor geen discriminatie")
	}
	out := make([]BulkResult, 0, len(numbers))
	for _, n := range numbers {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		none := int64(0)
		dec, err := s.Decide(ctx, a, n, DecisionInput{Kind: catalog.DecisionNotDiscrimination, ReasonCode: reasonCode,
			Rationale: rationale, Basis: &none})
		r := BulkResult{Number: n, Error: err}
		if err == nil {
			r.Decision = &dec
		}
		out = append(out, r)
	}
	return out, nil
}
