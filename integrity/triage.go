package integrity

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// Propose applies the triage checklist (catalog data) to the yes answers: the routes it
// proposes, and the reasons. Lighter matters go to functioning unless the checklist says
// otherwise; "no indication" closes only when nothing else was ticked.
func (s *Service) Propose(yes []string) (routes, reasons []string, err error) {
	yes = dedup(yes)
	for _, code := range yes {
		if !slices.ContainsFunc(s.ic.Checklist, func(c catalog.Check) bool { return c.Code == code }) {
			return nil, nil, stelsel.Invalid("checklist", "triage: onbekend punt %q op de checklist", code)
		}
	}
	var closeReason string
	for _, ch := range s.ic.Checklist {
		if !slices.Contains(yes, ch.Code) {
			continue
		}
		if ch.Route == RouteClose {
			closeReason = ch.Reason
			continue
		}
		reasons = append(reasons, ch.Reason)
		if ch.Route != "" && !slices.Contains(routes, ch.Route) {
			routes = append(routes, ch.Route)
		}
	}
	// An orienting investigation is not needed beside a full disciplinary one.
	if slices.Contains(routes, TrackDisciplinary) {
		routes = slices.DeleteFunc(routes, func(r string) bool { return r == TrackOrienting })
	}
	switch {
	case len(routes) == 0 && closeReason != "" && len(reasons) == 0:
		return []string{RouteClose}, []string{closeReason}, nil
	case len(routes) == 0:
		reasons = append(reasons, "geen zwaarder punt aangevinkt: de melding wordt in de lijn behandeld (functioneren)")
		return []string{TrackFunctioning}, reasons, nil
	}
	return s.order(routes), reasons, nil
}

func (s *Service) order(routes []string) []string {
	var out []string
	for _, r := range s.ic.Routes.Codes() {
		if slices.Contains(routes, r) {
			out = append(out, r)
		}
	}
	return out
}

// TriageInput is the triage officer's decision.
type TriageInput struct {
	Checklist    []string   `json:"checklist"`
	Routes       []string   `json:"routes"`
	Rationale    string     `json:"motivering"`
	Category     string     `json:"categorie"`
	OMInformedOn *time.Time `json:"om_geinformeerd_op"`
	Version      int        `json:"versie"`
}

// Triage records the checklist, the proposed routes and the decision with its rationale.
// Disciplinary, criminal and LTIO routes wait for a second triage officer (Confirm);
// other routes take effect at once.
func (s *Service) Triage(ctx context.Context, a access.Actor, number string, in TriageInput) (*Case, error) {
	if !a.Has(access.IntegrityTriage) {
		return nil, notFound(number)
	}
	proposed, reasons, err := s.Propose(in.Checklist)
	if err != nil {
		return nil, err
	}
	routes := s.order(dedup(in.Routes))
	if len(routes) == 0 {
		routes = proposed
	}
	for _, r := range dedup(in.Routes) {
		if !s.ic.Routes.Has(r) {
			return nil, stelsel.Invalid("routes", "triage: onbekende route %q (kies uit: %s)", r, strings.Join(s.ic.Routes.Codes(), ", "))
		}
	}
	if slices.Contains(routes, RouteClose) && len(routes) > 1 {
		return nil, stelsel.Invalid("routes", "triage: sluiten zonder vervolg gaat niet samen met een andere route")
	}
	in.Rationale = strings.TrimSpace(in.Rationale)
	if in.Rationale == "" {
		return nil, stelsel.Invalid("motivering", "triage: motiveer het besluit (ook als u het voorstel volgt)")
	}
	if slices.Contains(routes, TrackCriminal) && in.OMInformedOn == nil {
		return nil, stelsel.Invalid("om_geinformeerd_op", "triage: bij een strafrechtelijk onderzoek hoort de datum waarop het OM is geïnformeerd")
	}
	if in.Category != "" && !s.cat.IntegrityCategories.Has(in.Category) {
		return nil, stelsel.Invalid("categorie", "triage: onbekende categorie %q", in.Category)
	}
	return s.change(ctx, a, number, in.Version, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityTriage, c) {
			return notFound(number)
		}
		if c.Status == StatusInProgress || c.Status == StatusToClose {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s is al getrieerd (%s)", c.Number, StatusLabel(c.Status))
		}
		if in.Category != "" {
			c.Category = in.Category
		}
		if c.Category == "" {
			return stelsel.Invalid("categorie", "triage van %s: kies de categorie (landelijk model)", c.Number)
		}
		now := s.clock()
		status := StatusInProgress
		four := slices.ContainsFunc(routes, s.ic.FourEyes)
		switch {
		case four:
			status = StatusAwaiting
		case slices.Contains(routes, RouteClose):
			status = StatusToClose
		}
		var om *time.Time
		if slices.Contains(routes, TrackCriminal) {
			om = in.OMInformedOn
		}
		_, err := tx.Exec(ctx, `UPDATE integrity_cases SET category = ?, checklist = ?, proposed_routes = ?, routes = ?, route_rationale = ?,
			route_by = ?, route_at = ?, confirmed_by = '', confirmed_at = NULL, om_informed_on = ?, status = ? WHERE id = ?`,
			c.Category, strings.Join(dedup(in.Checklist), ","), strings.Join(proposed, ","), strings.Join(routes, ","), in.Rationale,
			a.Username, now, nt(om), status, c.ID)
		if err != nil {
			return fmt.Errorf("triage %s: %w", c.Number, err)
		}
		c.Status, c.Triage = status, Triage{Checklist: dedup(in.Checklist), Proposed: proposed, Reasons: reasons, Routes: routes,
			Rationale: in.Rationale, DecidedBy: a.Username, DecidedAt: &now, OMInformedOn: om}
		c.TriageDue = nil
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		if status == StatusInProgress {
			if err := s.openTracks(ctx, tx, c, routes); err != nil {
				return err
			}
		}
		return s.audit(ctx, tx, a, "triage", c, "", in.Rationale, fmt.Sprintf("routes=%s voorstel=%s", strings.Join(routes, ","), strings.Join(proposed, ",")))
	})
}

func (s *Service) openTracks(ctx context.Context, tx *db.Tx, c *Case, routes []string) error {
	now := s.clock()
	for _, r := range routes {
		if r == RouteClose || c.hasTrack(r) {
			continue
		}
		if _, err := tx.Exec(ctx, `INSERT INTO integrity_tracks (case_id, track, opened_at) VALUES (?, ?, ?)`, c.ID, r, now); err != nil {
			return fmt.Errorf("open track %s of %s: %w", r, c.Number, err)
		}
		c.trackRows = append(c.trackRows, Track{Track: r, OpenedAt: now})
	}
	return nil
}

// Confirm is the second triage officer's confirmation (four-eyes) of a route that needs
// it; the tracks open then. The officer who decided cannot confirm.
func (s *Service) Confirm(ctx context.Context, a access.Actor, number string, version int) (*Case, error) {
	return s.change(ctx, a, number, version, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityConfirm, c) {
			return notFound(number)
		}
		if c.Status != StatusAwaiting {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s wacht niet op bevestiging (%s)", c.Number, StatusLabel(c.Status))
		}
		if c.Triage.DecidedBy == a.Username {
			return stelsel.Errorf(stelsel.ECONFLICT, "vier ogen: een tweede casescreener bevestigt het besluit over %s; u nam het zelf", c.Number)
		}
		now := s.clock()
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET confirmed_by = ?, confirmed_at = ?, status = ? WHERE id = ?`,
			a.Username, now, StatusInProgress, c.ID); err != nil {
			return fmt.Errorf("confirm %s: %w", c.Number, err)
		}
		c.Status, c.Triage.ConfirmedBy, c.Triage.ConfirmedAt = StatusInProgress, a.Username, &now
		if err := s.openTracks(ctx, tx, c, c.Triage.Routes); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, access.ActionConfirm, c, "", "vier ogen", "routes="+strings.Join(c.Triage.Routes, ","))
	})
}

// Reject sends a triage decision that waits for confirmation back, with a reason.
func (s *Service) Reject(ctx context.Context, a access.Actor, number, reason string) (*Case, error) {
	if !a.Has(access.IntegrityConfirm) {
		return nil, notFound(number)
	}
	reason = strings.TrimSpace(reason)
	if reason == "" {
		return nil, stelsel.Invalid("reden", "triage terugsturen: geef de reden")
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityConfirm, c) {
			return notFound(number)
		}
		if c.Status != StatusAwaiting {
			return stelsel.Errorf(stelsel.ECONFLICT, "zaak %s wacht niet op bevestiging", c.Number)
		}
		status := StatusReceived
		if c.AcknowledgedAt != nil {
			status = StatusAcknowledged
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET status = ?, routes = '' WHERE id = ?`, status, c.ID); err != nil {
			return fmt.Errorf("reject %s: %w", c.Number, err)
		}
		c.Status = status
		due := s.clock().AddDate(0, 0, 7)
		c.TriageDue = &due
		if err := saveDues(ctx, tx, c); err != nil {
			return err
		}
		return s.audit(ctx, tx, a, "triage.reject", c, "", reason, "terug naar triage")
	})
}

// RegisterInput completes the registration of a case at the intake desk or in triage.
type RegisterInput struct {
	Category      string    `json:"categorie"`
	Circumstances []string  `json:"omstandigheden"`
	Subjects      []Subject `json:"betrokkenen_erbij"`
}

// Register sets the category and circumstances and adds subjects.
func (s *Service) Register(ctx context.Context, a access.Actor, number string, in RegisterInput) (*Case, error) {
	if !a.Has(access.IntegrityIntake) && !a.Has(access.IntegrityTriage) {
		return nil, notFound(number)
	}
	if in.Category != "" && !s.cat.IntegrityCategories.Has(in.Category) {
		return nil, stelsel.Invalid("categorie", "registratie: onbekende categorie %q (kies uit: %s)", in.Category, strings.Join(s.cat.IntegrityCategories.Codes(), ", "))
	}
	in.Circumstances = dedup(in.Circumstances)
	for _, ci := range in.Circumstances {
		if !s.ic.Circumstances.Has(ci) {
			return nil, stelsel.Invalid("omstandigheden", "registratie: onbekende omstandigheid %q", ci)
		}
	}
	for i := range in.Subjects {
		if err := s.validateSubject(&in.Subjects[i], false, i); err != nil {
			return nil, err
		}
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !can(a, access.IntegrityIntake, c) && !can(a, access.IntegrityTriage, c) {
			return notFound(number)
		}
		if in.Category != "" {
			c.Category = in.Category
		}
		if in.Circumstances != nil {
			c.Circumstances = in.Circumstances
		}
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET category = ?, circumstances = ? WHERE id = ?`, c.Category, strings.Join(c.Circumstances, ","), c.ID); err != nil {
			return fmt.Errorf("register %s: %w", c.Number, err)
		}
		for _, sub := range in.Subjects {
			// A newly named subject loses any assignment on the case at once.
			if sub.Username != "" && c.assignedAny(sub.Username) {
				if _, err := tx.Exec(ctx, `DELETE FROM integrity_assignments WHERE case_id = ? AND username = ?`, c.ID, sub.Username); err != nil {
					return err
				}
			}
			if err := insertSubject(ctx, tx, c.ID, sub); err != nil {
				return err
			}
			c.Subjects = append(c.Subjects, sub)
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, "", "registratie", fmt.Sprintf("categorie=%s omstandigheden=%s +betrokkenen=%d", c.Category, strings.Join(c.Circumstances, ","), len(in.Subjects)))
	})
}
