package integrity

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// CareInput changes the care and rights record; nil fields stay as they are.
type CareInput struct {
	RightsNoticeHow    *string `json:"rechten_uitgereikt_hoe"`
	CounsellorOffered  *bool   `json:"vertrouwenspersoon_aangeboden"`
	CounsellorAccepted *bool   `json:"vertrouwenspersoon_geaccepteerd"`
	Representative     *string `json:"vertegenwoordiger"`
	ReturnPlan         *string `json:"terugkeerplan"`
	CareCostStatus     *string `json:"zorgkosten_status"`
	CareCostNote       *string `json:"zorgkosten_toelichting"`
	// Contact, when set, is a contact moment with the employee, kept in the care record.
	Contact string `json:"contactmoment"`
}

var rightsNoticeWays = []string{"persoonlijk", "brief", "e-mail", "telefonisch"}

// RightsNoticeWays lists how a rights notice can be handed over.
func RightsNoticeWays() []string { return rightsNoticeWays }

// UpdateCare records the care and rights of the employee under investigation: the rights
// notice (when and how), the counsellor offered and accepted, the representative, contact
// moments, the return-to-team plan and the reimbursement of care costs (BARP art. 53/69b).
func (s *Service) UpdateCare(ctx context.Context, a access.Actor, number string, in CareInput) (*Case, error) {
	if !a.Has(access.IntegrityCare) {
		return nil, notFound(number)
	}
	if in.RightsNoticeHow != nil && !slices.Contains(rightsNoticeWays, *in.RightsNoticeHow) {
		return nil, stelsel.Invalid("rechten_uitgereikt_hoe", "zorg: kies hoe de rechtenbrief is uitgereikt (%s)", strings.Join(rightsNoticeWays, ", "))
	}
	if in.CareCostStatus != nil && *in.CareCostStatus != "" && !s.ic.CareCost.Has(*in.CareCostStatus) {
		return nil, stelsel.Invalid("zorgkosten_status", "zorg: onbekende status %q (kies uit: %s)", *in.CareCostStatus, strings.Join(s.ic.CareCost.Codes(), ", "))
	}
	if in.Contact != "" {
		if err := validEntry(in.Contact); err != nil {
			return nil, err
		}
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !canCare(a, c) {
			return notFound(number)
		}
		care := Care{}
		if c.Care != nil {
			care = *c.Care
		}
		var changed []string
		if in.RightsNoticeHow != nil {
			now := s.clock()
			care.RightsNoticeAt, care.RightsNoticeHow = &now, *in.RightsNoticeHow
			changed = append(changed, "rechtenbrief")
		}
		set := func(dst *string, v *string, name string) {
			if v != nil {
				*dst = strings.TrimSpace(*v)
				changed = append(changed, name)
			}
		}
		setb := func(dst *bool, v *bool, name string) {
			if v != nil {
				*dst = *v
				changed = append(changed, name)
			}
		}
		setb(&care.CounsellorOffered, in.CounsellorOffered, "vertrouwenspersoon aangeboden")
		setb(&care.CounsellorAccepted, in.CounsellorAccepted, "vertrouwenspersoon geaccepteerd")
		set(&care.Representative, in.Representative, "vertegenwoordiger")
		set(&care.ReturnPlan, in.ReturnPlan, "terugkeerplan")
		set(&care.CareCostStatus, in.CareCostStatus, "zorgkosten")
		set(&care.CareCostNote, in.CareCostNote, "zorgkosten toelichting")
		b, _ := json.Marshal(care)
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET care = ? WHERE id = ?`, string(b), c.ID); err != nil {
			return fmt.Errorf("care %s: %w", c.Number, err)
		}
		c.Care = &care
		if in.Contact != "" {
			if _, err := s.insertEntry(ctx, tx, c, TrackCare, EntryContact, "", in.Contact, nil, a.Username, 0); err != nil {
				return err
			}
			changed = append(changed, "contactmoment")
		}
		return s.audit(ctx, tx, a, access.ActionChange, c, TrackCare, "zorg en rechten", strings.Join(changed, ", "))
	})
}

// CareContacts returns the contact moments of the care record.
func (s *Service) CareContacts(ctx context.Context, a access.Actor, number string) ([]Entry, error) {
	c, err := load(ctx, s.db, number)
	if err != nil {
		return nil, err
	}
	if !canCare(a, c) {
		return nil, notFound(number)
	}
	return s.loadEntries(ctx, s.db, c, TrackCare)
}

// FrameworkInput is the manager's handelingskader as filled in.
type FrameworkInput struct {
	Done        []string   `json:"gedaan"`
	Notes       string     `json:"notities"`
	FollowUpOn  *time.Time `json:"vervolgdatum"`
	PassedToVIK bool       `json:"doorgezet_naar_vik"`
}

// UpdateFramework records the manager's handelingskader for a report of exclusion, racism
// or discrimination inside the team, handled in the functioning track: the uniform
// checklist (catalog data), notes, the follow-up date, and whether it went to VIK.
func (s *Service) UpdateFramework(ctx context.Context, a access.Actor, number string, in FrameworkInput) (*Case, error) {
	if !a.Has(access.IntegrityFramework) {
		return nil, notFound(number)
	}
	in.Done = dedup(in.Done)
	for _, d := range in.Done {
		if !s.ic.Framework.Has(d) {
			return nil, stelsel.Invalid("gedaan", "handelingskader: onbekend punt %q", d)
		}
	}
	if slices.Contains(in.Done, "vervolgdatum") && in.FollowUpOn == nil {
		return nil, stelsel.Invalid("vervolgdatum", "handelingskader: vul de vervolgdatum in")
	}
	return s.change(ctx, a, number, 0, func(tx *db.Tx, c *Case) error {
		if !c.hasTrack(TrackFunctioning) || !can(a, access.IntegrityFramework, c) {
			return notFound(number)
		}
		now := s.clock()
		f := Framework{Done: in.Done, Notes: strings.TrimSpace(in.Notes), FollowUpOn: in.FollowUpOn, PassedToVIK: in.PassedToVIK,
			UpdatedBy: a.Username, UpdatedAt: &now}
		b, _ := json.Marshal(f)
		if _, err := tx.Exec(ctx, `UPDATE integrity_cases SET framework = ? WHERE id = ?`, string(b), c.ID); err != nil {
			return fmt.Errorf("framework %s: %w", c.Number, err)
		}
		c.Framework = &f
		return s.audit(ctx, tx, a, access.ActionChange, c, TrackFunctioning, "handelingskader", fmt.Sprintf("%d van %d punten", len(in.Done), len(s.ic.Framework)))
	})
}
