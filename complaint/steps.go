package complaint

import (
	"context"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/access"
)

// The steps of the handling. Each takes the version of the complaint the actor saw
// (0: do not check), so a step taken on a stale view is refused with ECONFLICT.

// AssessInput is the klachtencoördinator's assessment.
type AssessInput struct {
	Version int    `json:"versie"`
	TakeUp  bool   `json:"in_behandeling"`
	Handler string `json:"behandelaar"` // required when taken up
	Ground  string `json:"grond"`       // catalog complaint_refusal_grounds, required when not
	Reason  string `json:"toelichting"`
}

// Assess takes a received complaint up (phase 1, with a handler) or refuses it on an
// Awb 9:8 ground, which writes the refusal letter.
func (s *Service) Assess(ctx context.Context, a access.Actor, ref string, in AssessInput) (*Complaint, error) {
	var handler access.Actor
	return s.change(ctx, a, ref, in.Version, access.AssessComplaint, "beoordeling", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseReceived {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is al beoordeeld (%s)", c.Reference, c.Phase.Label())
		}
		in.Reason = strings.TrimSpace(in.Reason)
		if in.TakeUp {
			var err error
			if handler, err = s.staff(ctx, "behandelaar", in.Handler, c.Unit, access.RoleComplaintHandler, access.RoleComplaintCoordinator); err != nil {
				return nil, err
			}
			c.Assessment = &Assessment{TakenUp: true, Reason: in.Reason, By: a.Username, At: now}
			c.Phase, c.Handler = PhaseOne, handler.Username
			return nil, nil
		}
		if !s.cat.ComplaintRefusalGrounds.Has(in.Ground) {
			return nil, stelsel.Invalid("grond", "kies de grond om de klacht niet te behandelen (Awb 9:8)")
		}
		if in.Reason == "" {
			return nil, stelsel.Invalid("toelichting", "licht toe waarom de klacht niet in behandeling wordt genomen; de klager leest dit in de brief")
		}
		c.Assessment = &Assessment{Ground: in.Ground, Reason: in.Reason, By: a.Username, At: now}
		c.Phase, c.Outcome, c.ClosedAt = PhaseRefused, OutcomeRefused, now
		return []letterRequest{{kind: LetterRefusal, recipient: recipientComplainant, fields: map[string]any{
			"Ground": s.cat.ComplaintRefusalGrounds.Label(in.Ground), "Reason": in.Reason}}}, nil
	})
}

// MarkInput sets or removes a marker.
type MarkInput struct {
	Version int      `json:"versie"`
	Kind    string   `json:"soort"` // etnisch_profileren or discriminatie
	Grounds []string `json:"gronden"`
	Remove  bool     `json:"verwijderen"`
}

// Mark sets the handler's ethnic profiling or discrimination marker (with who set it), or
// removes the handler's marker. The complainant's own marker stays as the complainant set it.
func (s *Service) Mark(ctx context.Context, a access.Actor, ref string, in MarkInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.HandleComplaint, "markering "+in.Kind, func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if !s.cat.ComplaintMarkers.Has(in.Kind) {
			return nil, stelsel.Invalid("soort", "kies etnisch profileren of discriminatie")
		}
		for _, g := range in.Grounds {
			if !s.cat.Grounds.Has(g) {
				return nil, stelsel.Invalid("gronden", "onbekende discriminatiegrond %q", g)
			}
		}
		if in.Kind == MarkerDiscrimination && !in.Remove && len(in.Grounds) == 0 {
			return nil, stelsel.Invalid("gronden", "kies minstens één discriminatiegrond")
		}
		c.Markers = slices.DeleteFunc(c.Markers, func(m Marker) bool { return m.Kind == in.Kind && m.Party == PartyHandler })
		if !in.Remove {
			c.Markers = append(c.Markers, Marker{Kind: in.Kind, Grounds: in.Grounds, Party: PartyHandler, By: a.Username, At: now})
		}
		return nil, nil
	})
}

// VerkleurdeInput is the Verkleurde beelden handling.
type VerkleurdeInput struct {
	Version        int    `json:"versie"`
	Experience     string `json:"ervaring"`
	Explanation    string `json:"uitleg_selectie"`
	FrameworkNamed bool   `json:"handelingskader_genoemd"`
	LearningPoint  string `json:"leerpunt"`
}

// RecordVerkleurde records how an ethnic profiling or discrimination complaint was heard:
// the experience, the employee's explanation of the selection, the framework named and
// the learning point.
func (s *Service) RecordVerkleurde(ctx context.Context, a access.Actor, ref string, in VerkleurdeInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.HandleComplaint, "verkleurde beelden", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if !c.Marked(MarkerEthnicProfiling) && !c.Marked(MarkerDiscrimination) {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is niet gemarkeerd als etnisch profileren of discriminatie", c.Reference)
		}
		v := Verkleurde{Experience: strings.TrimSpace(in.Experience), Explanation: strings.TrimSpace(in.Explanation),
			FrameworkNamed: in.FrameworkNamed, LearningPoint: strings.TrimSpace(in.LearningPoint), By: a.Username, At: now}
		if v.Experience == "" {
			return nil, stelsel.Invalid("ervaring", "leg vast hoe de klager het heeft ervaren: eerst luisteren")
		}
		if c.Marked(MarkerEthnicProfiling) && v.Explanation == "" {
			return nil, stelsel.Invalid("uitleg_selectie", "leg de uitleg van de medewerker vast waarom de klager werd gecontroleerd; de uitlegplicht ligt bij de politie")
		}
		c.Verkleurde = &v
		return nil, nil
	})
}

// AssignInput names a person for a role on the case.
type AssignInput struct {
	Version  int    `json:"versie"`
	Username string `json:"gebruikersnaam"`
}

// AssignNDV assigns a diversity-network (NDV) adviser to the case, as in the pilot; an
// empty username removes the adviser.
func (s *Service) AssignNDV(ctx context.Context, a access.Actor, ref string, in AssignInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.AssessComplaint, "ndv-adviseur", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if strings.TrimSpace(in.Username) == "" {
			c.NDVAdviser = ""
			return nil, nil
		}
		u, err := s.staff(ctx, "gebruikersnaam", in.Username, "", access.RoleNDVAdviser)
		if err != nil {
			return nil, err
		}
		c.NDVAdviser = u.Username
		return nil, nil
	})
}

// AssignHandler gives the case to another klachtbehandelaar of its unit.
func (s *Service) AssignHandler(ctx context.Context, a access.Actor, ref string, in AssignInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.AssessComplaint, "behandelaar", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		u, err := s.staff(ctx, "gebruikersnaam", in.Username, c.Unit, access.RoleComplaintHandler, access.RoleComplaintCoordinator)
		if err != nil {
			return nil, err
		}
		c.Handler = u.Username
		return nil, nil
	})
}

// Phase1Input is one step of the informal settlement. Kind says which:
// contact, uitnodiging, gesprek, bemiddeling or uitkomst.
type Phase1Input struct {
	Version      int       `json:"versie"`
	Kind         string    `json:"stap"`
	At           time.Time `json:"op"`
	Note         string    `json:"toelichting"`
	Place        string    `json:"plaats"`
	WithEmployee bool      `json:"met_medewerker"`
	// For the outcome: settled to the complainant's satisfaction, and their own word.
	Settled         bool   `json:"opgelost"`
	ComplainantWord string `json:"reactie_klager"`
}

// The kinds of phase 1 steps.
const (
	StepContact      = "contact"
	StepInvitation   = "uitnodiging"
	StepConversation = "gesprek"
	StepMediation    = "bemiddeling"
	StepOutcome      = "uitkomst"
)

// Phase1 records a step of the informal settlement. An invitation writes the letter; a
// settled outcome closes the complaint, settled in phase 1.
func (s *Service) Phase1(ctx context.Context, a access.Actor, ref string, in Phase1Input) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.HandleComplaint, "fase 1: "+in.Kind, func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseOne {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is niet in fase 1 (%s)", c.Reference, c.Phase.Label())
		}
		p := &c.Phase1
		p.By = a.Username
		note := strings.TrimSpace(in.Note)
		at := in.At
		if at.IsZero() {
			at = now
		}
		switch in.Kind {
		case StepContact:
			p.ContactAt, p.ContactNote = at, note
		case StepInvitation:
			if in.At.IsZero() || !in.At.After(now) {
				return nil, stelsel.Invalid("op", "kies een moment in de toekomst voor het gesprek")
			}
			if strings.TrimSpace(in.Place) == "" {
				return nil, stelsel.Invalid("plaats", "vul in waar het gesprek is")
			}
			p.InvitedFor, p.InvitePlace, p.WithEmployee = in.At, strings.TrimSpace(in.Place), in.WithEmployee
			return []letterRequest{{kind: LetterInvitation, recipient: recipientComplainant, fields: map[string]any{
				"When": DutchDate(in.At) + " om " + in.At.In(amsterdam).Format("15.04") + " uur", "Place": p.InvitePlace,
				"WithEmployee": in.WithEmployee}}}, nil
		case StepConversation:
			if note == "" {
				return nil, stelsel.Invalid("toelichting", "vat het gesprek samen")
			}
			p.ConversationAt, p.WithEmployee, p.ConversationNote = at, in.WithEmployee, note
		case StepMediation:
			if note == "" {
				return nil, stelsel.Invalid("toelichting", "beschrijf de bemiddeling")
			}
			p.MediationNote = note
		case StepOutcome:
			word := strings.TrimSpace(in.ComplainantWord)
			if word == "" {
				return nil, stelsel.Invalid("reactie_klager", "leg vast wat de klager zelf van de afhandeling zegt")
			}
			settled := in.Settled
			p.Settled, p.ComplainantWord, p.OutcomeAt = &settled, word, now
			if settled {
				c.Phase, c.Outcome, c.ClosedAt = PhaseClosed, OutcomeSettled, now
			}
		default:
			return nil, stelsel.Invalid("stap", "onbekende stap %q (contact, uitnodiging, gesprek, bemiddeling, uitkomst)", in.Kind)
		}
		return nil, nil
	})
}

// CommissionInput sends a complaint to the commission.
type CommissionInput struct {
	Version int      `json:"versie"`
	Members []string `json:"leden"`
}

// ToCommission sends a complaint that phase 1 did not settle to the complaints commission
// (phase 2); the handling term becomes 10 weeks. Only the members named see the case.
func (s *Service) ToCommission(ctx context.Context, a access.Actor, ref string, in CommissionInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.AssessComplaint, "naar klachtencommissie", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseOne {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "alleen een klacht in fase 1 gaat naar de commissie; %s is %s", c.Reference, strings.ToLower(c.Phase.Label()))
		}
		if c.Phase1.Settled != nil && *c.Phase1.Settled {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is in fase 1 opgelost", c.Reference)
		}
		var members []string
		for _, m := range in.Members {
			if strings.TrimSpace(m) == "" {
				continue
			}
			u, err := s.staff(ctx, "leden", m, "", access.RoleCommissionMember)
			if err != nil {
				return nil, err
			}
			if !slices.Contains(members, u.Username) {
				members = append(members, u.Username)
			}
		}
		if len(members) == 0 {
			return nil, stelsel.Invalid("leden", "kies minstens één lid van de klachtencommissie")
		}
		c.Phase, c.Commission = PhaseTwo, members
		c.Phase2.SentAt, c.Phase2.SentBy = now, a.Username
		return nil, nil
	})
}

// AdviceInput is the commission's hearing or advice. Kind is hoorzitting or advies.
type AdviceInput struct {
	Version   int       `json:"versie"`
	Kind      string    `json:"stap"`
	At        time.Time `json:"op"`
	Note      string    `json:"toelichting"`
	Judgement string    `json:"geadviseerd_oordeel"`
}

// Advise records the commission's hearing or its advice.
func (s *Service) Advise(ctx context.Context, a access.Actor, ref string, in AdviceInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.AdviseComplaint, "commissie: "+in.Kind, func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseTwo {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s ligt niet bij de commissie", c.Reference)
		}
		note := strings.TrimSpace(in.Note)
		switch in.Kind {
		case "hoorzitting":
			if in.At.IsZero() {
				return nil, stelsel.Invalid("op", "vul de datum van de hoorzitting in")
			}
			c.Phase2.HearingAt, c.Phase2.HearingNote = in.At, note
		case "advies":
			if note == "" {
				return nil, stelsel.Invalid("toelichting", "vul het advies van de commissie in")
			}
			if !s.cat.ComplaintJudgements.Has(in.Judgement) {
				return nil, stelsel.Invalid("geadviseerd_oordeel", "kies het geadviseerde oordeel")
			}
			c.Phase2.Advice, c.Phase2.AdvisedJudgement, c.Phase2.AdviceBy, c.Phase2.AdviceAt = note, in.Judgement, a.Username, now
		default:
			return nil, stelsel.Invalid("stap", "onbekende stap %q (hoorzitting, advies)", in.Kind)
		}
		return nil, nil
	})
}

// JudgeInput is the written judgement of the competent authority.
type JudgeInput struct {
	Version   int    `json:"versie"`
	Judgement string `json:"oordeel"` // catalog complaint_judgements
	Reasons   string `json:"motivering"`
	Measures  string `json:"maatregelen"`
}

// Judge records the written, reasoned judgement after the commission's advice (Awb 9:12)
// and writes the letter that names the Nationale ombudsman and the term. It closes the
// complaint.
func (s *Service) Judge(ctx context.Context, a access.Actor, ref string, in JudgeInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.JudgeComplaint, "oordeel", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseTwo {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is niet in fase 2", c.Reference)
		}
		if c.Phase2.Advice == "" {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "het oordeel volgt op het advies van de klachtencommissie; dat advies ontbreekt nog")
		}
		if !s.cat.ComplaintJudgements.Has(in.Judgement) {
			return nil, stelsel.Invalid("oordeel", "kies het oordeel (%s)", strings.Join(s.cat.ComplaintJudgements.Codes(), ", "))
		}
		reasons := strings.TrimSpace(in.Reasons)
		if reasons == "" {
			return nil, stelsel.Invalid("motivering", "een oordeel is met redenen omkleed (Awb 9:12)")
		}
		p := &c.Phase2
		p.Judgement, p.Reasons, p.Measures, p.JudgedBy, p.JudgedAt = in.Judgement, reasons, strings.TrimSpace(in.Measures), a.Username, now
		c.Phase, c.Outcome, c.ClosedAt = PhaseClosed, in.Judgement, now
		return []letterRequest{{kind: LetterJudgement, recipient: recipientComplainant, fields: map[string]any{
			"Judgement": strings.ToLower(s.cat.ComplaintJudgements.Label(in.Judgement)), "Reasons": reasons, "Measures": p.Measures}}}, nil
	})
}

// ExtendInput postpones the handling.
type ExtendInput struct {
	Version int       `json:"versie"`
	Until   time.Time `json:"tot"`
	Reason  string    `json:"reden"`
}

// Extend postpones the handling once, by at most four weeks past the legal term, before
// that term has passed; it writes the notice to the complainant and to the employee
// (Awb 9:11 lid 2). Any longer needs the complainant's written consent (RecordConsent).
func (s *Service) Extend(ctx context.Context, a access.Actor, ref string, in ExtendInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.HandleComplaint, "verdaging", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseOne && c.Phase != PhaseTwo {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "alleen een klacht in behandeling kan worden verdaagd")
		}
		if c.Extension != nil {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is al eenmaal verdaagd; langer uitstel kan alleen met schriftelijke toestemming van de klager", c.Reference)
		}
		base := c.BaseDeadline()
		if now.After(base) {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "de termijn van klacht %s is op %s verstreken; verdagen kan alleen binnen de termijn", c.Reference, DutchDate(base))
		}
		if !in.Until.After(base) || in.Until.After(base.Add(MaxExtension)) {
			return nil, stelsel.Invalid("tot", "kies een datum na %s en uiterlijk %s (ten hoogste vier weken)", DutchDate(base), DutchDate(base.Add(MaxExtension)))
		}
		reason := strings.TrimSpace(in.Reason)
		if reason == "" {
			return nil, stelsel.Invalid("reden", "noem de reden van het uitstel; de klager en de medewerker lezen die in de brief")
		}
		c.Extension = &Extension{Until: in.Until, Reason: reason, NoticeAt: now, By: a.Username}
		fields := map[string]any{"OldDeadline": DutchDate(base), "Reason": reason}
		return []letterRequest{{kind: LetterExtension, recipient: recipientComplainant, fields: fields},
			{kind: LetterExtensionEmployee, recipient: recipientEmployee, fields: fields}}, nil
	})
}

// ConsentInput records the complainant's written consent to a longer postponement.
type ConsentInput struct {
	Version int       `json:"versie"`
	Until   time.Time `json:"tot"`
	GivenOn string    `json:"gegeven_op"` // YYYY-MM-DD
	Note    string    `json:"toelichting"`
}

// RecordConsent moves the term beyond the one extension, which Awb 9:11 allows only with
// the complainant's written consent: when and how it was given is recorded.
func (s *Service) RecordConsent(ctx context.Context, a access.Actor, ref string, in ConsentInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.HandleComplaint, "toestemming uitstel", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if c.Phase != PhaseOne && c.Phase != PhaseTwo {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "alleen een klacht in behandeling kan worden uitgesteld")
		}
		given, err := time.ParseInLocation("2006-01-02", strings.TrimSpace(in.GivenOn), amsterdam)
		if err != nil || given.After(now) {
			return nil, stelsel.Invalid("gegeven_op", "vul de datum in waarop de klager schriftelijk toestemming gaf (jjjj-mm-dd, niet in de toekomst)")
		}
		if !in.Until.After(c.HandlingDeadline()) {
			return nil, stelsel.Invalid("tot", "kies een datum na de huidige termijn (%s)", DutchDate(c.HandlingDeadline()))
		}
		note := strings.TrimSpace(in.Note)
		if note == "" {
			return nil, stelsel.Invalid("toelichting", "beschrijf de schriftelijke toestemming (brief, e-mail) en waar die bewaard is")
		}
		c.Consent = &Consent{Until: in.Until, GivenOn: in.GivenOn, Note: note, By: a.Username, Recorded: now}
		return nil, nil
	})
}

// NoteInput is a remark with a step.
type NoteInput struct {
	Version int    `json:"versie"`
	Note    string `json:"toelichting"`
}

// Withdraw closes a complaint the complainant withdrew.
func (s *Service) Withdraw(ctx context.Context, a access.Actor, ref string, in NoteInput) (*Complaint, error) {
	return s.change(ctx, a, ref, in.Version, access.HandleComplaint, "ingetrokken", func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if !c.Open() {
			return nil, stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is al afgehandeld", c.Reference)
		}
		note := strings.TrimSpace(in.Note)
		if note == "" {
			return nil, stelsel.Invalid("toelichting", "leg vast hoe de klager de klacht introk")
		}
		c.Withdrawn = &Note{Text: note, By: a.Username, At: now}
		c.Phase, c.Outcome, c.ClosedAt = PhaseClosed, OutcomeWithdrawn, now
		return nil, nil
	})
}

// Intake passes a complaint to the integrity intake and returns the number of the
// integrity report it made there. The integrity system provides it (see SetIntake); the
// report's source is "klacht" and its description names the complaint's reference, so the
// two are linked both ways.
type Intake func(ctx context.Context, c *Complaint, note string) (number string, err error)

// SetIntake connects the service to the integrity intake. Without it a referral is
// recorded with the case only, for the intake desk to pick up by hand.
func (s *Service) SetIntake(fn Intake) { s.intake = fn }

// ReferIntegrity passes a complaint that reveals possible misconduct to the integrity
// intake (source "klacht"), once. With an intake connected the integrity report is made
// first (in its own transaction: the intake writes to the same database) and its number
// is then kept with the complaint; without one the referral is recorded for the intake
// desk to pick up.
func (s *Service) ReferIntegrity(ctx context.Context, a access.Actor, ref string, in NoteInput) (*Complaint, error) {
	note := strings.TrimSpace(in.Note)
	check := func(c *Complaint) error {
		if note == "" {
			return stelsel.Invalid("toelichting", "beschrijf welke mogelijke integriteitsschending de klacht laat zien")
		}
		if c.Referral != nil {
			return stelsel.Errorf(stelsel.ECONFLICT, "klacht %s is al doorgegeven aan de integriteitsintake", c.Reference)
		}
		return nil
	}
	number := ""
	if s.intake != nil {
		c, err := s.precheck(ctx, a, ref, in.Version, access.AssessComplaint)
		if err != nil {
			return nil, err
		}
		if err := check(c); err != nil {
			return nil, err
		}
		if number, err = s.intake(ctx, c, note); err != nil {
			return nil, err
		}
	}
	return s.change(ctx, a, ref, in.Version, access.AssessComplaint, "naar integriteitsintake "+number, func(c *Complaint, now time.Time) ([]letterRequest, error) {
		if err := check(c); err != nil {
			return nil, err
		}
		c.Referral = &Referral{Note: note, Ref: number, By: a.Username, At: now}
		return nil, nil
	})
}
