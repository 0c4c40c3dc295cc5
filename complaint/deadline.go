package complaint

import "time"

// The terms of Awb chapter 9, as durations from the day a complaint is received.
const (
	week = 7 * 24 * time.Hour
	// RefusalTerm: a complaint not taken up is answered in writing within 4 weeks (9:8).
	RefusalTerm = 4 * week
	// HandlingTerm: a complaint is settled within 6 weeks (9:11 lid 1) ...
	HandlingTerm = 6 * week
	// CommissionTerm: ... or 10 weeks when an advisory commission is involved.
	CommissionTerm = 10 * week
	// MaxExtension: the handling may be postponed once, by at most 4 weeks (9:11 lid 2).
	MaxExtension = 4 * week
)

// BaseDeadline is the legal term without postponement: 6 weeks, or 10 weeks once the
// complaint went to the commission.
func (c *Complaint) BaseDeadline() time.Time {
	if !c.Phase2.SentAt.IsZero() || c.Phase == PhaseTwo {
		return c.ReceivedAt.Add(CommissionTerm)
	}
	return c.ReceivedAt.Add(HandlingTerm)
}

// HandlingDeadline is the term that applies now: the base term, moved by the one
// extension and by a postponement the complainant agreed to in writing.
func (c *Complaint) HandlingDeadline() time.Time {
	d := c.BaseDeadline()
	if c.Extension != nil && c.Extension.Until.After(d) {
		d = c.Extension.Until
	}
	if c.Consent != nil && c.Consent.Until.After(d) {
		d = c.Consent.Until
	}
	return d
}

// RefusalDeadline is the day by which a refusal must have reached the complainant.
func (c *Complaint) RefusalDeadline() time.Time { return c.ReceivedAt.Add(RefusalTerm) }

// NextDeadline is what the handler must meet next: the assessment (refusal term) while the
// complaint waits for it, the handling term after that. A closed complaint has none.
func (c *Complaint) NextDeadline() time.Time {
	switch {
	case !c.Open():
		return time.Time{}
	case c.Phase == PhaseReceived:
		return c.RefusalDeadline()
	}
	return c.HandlingDeadline()
}

// Overdue reports whether the complaint is open past its next deadline at now.
func (c *Complaint) Overdue(now time.Time) bool {
	d := c.NextDeadline()
	return !d.IsZero() && now.After(d)
}

// DaysLeft is the number of whole days to the next deadline (negative when overdue).
func (c *Complaint) DaysLeft(now time.Time) int {
	d := c.NextDeadline()
	if d.IsZero() {
		return 0
	}
	h := d.Sub(now).Hours()
	if h < 0 {
		return -int((-h + 23) / 24)
	}
	return int(h / 24)
}

// Hints are points for the klachtencoördinator's assessment that follow from the dates:
// conduct more than a year before the complaint may be left unhandled (Awb 9:8 lid 1b).
func (c *Complaint) Hints() []string {
	var out []string
	if c.When != "" {
		if d, err := time.ParseInLocation("2006-01-02", c.When, amsterdam); err == nil && c.ReceivedAt.Sub(d) > 365*24*time.Hour {
			out = append(out, "De gedraging vond meer dan een jaar voor de klacht plaats (Awb 9:8 lid 1b): u hoeft de klacht niet te behandelen, maar mag het wel.")
		}
	}
	return out
}
