package complaint

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
)

// Submission is a complaint as the complainant tells it: through the public form, or
// to a staff member by phone, at the desk or by letter.
type Submission struct {
	Name    string `json:"naam"`
	Email   string `json:"email"`
	Phone   string `json:"telefoon"`
	Address string `json:"adres"`
	// OnBehalfOf names the person the conduct was towards, when the complainant complains
	// for someone else (Awb 9:1).
	OnBehalfOf string `json:"namens"`
	Unit       string `json:"eenheid"`
	What       string `json:"wat"`
	When       string `json:"wanneer"` // YYYY-MM-DD, optional
	Where      string `json:"waar"`
	Employee   string `json:"medewerker"`
	Wish       string `json:"wens"`
	// EthnicProfiling and Discrimination are the complainant's own markers.
	EthnicProfiling bool     `json:"etnisch_profileren"`
	Discrimination  bool     `json:"discriminatie"`
	Grounds         []string `json:"gronden"`

	// For staff registration only.
	Channel          string `json:"kanaal"`
	Oral             bool   `json:"mondeling"`
	EmployeeUsername string `json:"medewerker_account"`
}

var phonePattern = regexp.MustCompile(`^[0-9+() -]{8,20}$`)

// Validate returns every problem of the submission, joined; each is an EINVALID error
// naming its field. The message speaks to the complainant.
func (s *Service) Validate(in *Submission, staff bool) error {
	trim := func(p *string) { *p = strings.TrimSpace(*p) }
	for _, p := range []*string{&in.Name, &in.Email, &in.Phone, &in.Address, &in.OnBehalfOf, &in.Unit, &in.What, &in.When,
		&in.Where, &in.Employee, &in.Wish, &in.Channel, &in.EmployeeUsername} {
		trim(p)
	}
	var errs []error
	bad := func(field, format string, args ...any) { errs = append(errs, stelsel.Invalid(field, format, args...)) }
	long := func(field, v string, max int) {
		if utf8.RuneCountInString(v) > max {
			bad(field, "is te lang: gebruik hoogstens %d tekens", max)
		}
	}
	if in.Name == "" {
		bad("naam", "vul uw naam in: wij behandelen geen anonieme klachten")
	}
	long("naam", in.Name, 200)
	if in.Email == "" && in.Phone == "" && in.Address == "" {
		bad("email", "vul een e-mailadres, telefoonnummer of postadres in, zodat wij u kunnen bereiken")
	}
	if in.Email != "" {
		if a, err := mail.ParseAddress(in.Email); err != nil || a.Address != in.Email {
			bad("email", "%q is geen geldig e-mailadres", in.Email)
		}
	}
	if in.Phone != "" && !phonePattern.MatchString(in.Phone) {
		bad("telefoon", "%q is geen telefoonnummer (alleen cijfers, spaties, + en haakjes)", in.Phone)
	}
	long("adres", in.Address, 500)
	long("namens", in.OnBehalfOf, 200)
	if u, ok := s.cat.Unit(in.Unit); ok {
		in.Unit = u.Code
	} else {
		bad("eenheid", "kies de regio waar het gebeurde")
	}
	if in.What == "" {
		bad("wat", "beschrijf wat er gebeurde")
	}
	long("wat", in.What, 10000)
	if in.When != "" {
		d, err := time.ParseInLocation("2006-01-02", in.When, amsterdam)
		switch {
		case err != nil:
			bad("wanneer", "%q is geen datum; gebruik jjjj-mm-dd", in.When)
		case d.After(s.clock()):
			bad("wanneer", "de datum %s ligt in de toekomst", in.When)
		}
	}
	long("waar", in.Where, 500)
	long("medewerker", in.Employee, 500)
	long("wens", in.Wish, 5000)
	for _, g := range in.Grounds {
		if !s.cat.Grounds.Has(g) {
			bad("gronden", "onbekende discriminatiegrond %q", g)
		}
	}
	if staff {
		if !s.cat.ComplaintChannels.Has(in.Channel) {
			bad("kanaal", "kies hoe de klacht binnenkwam (%s)", strings.Join(s.cat.ComplaintChannels.Codes(), ", "))
		}
	} else {
		in.Channel, in.Oral, in.EmployeeUsername = "formulier", false, ""
	}
	return errors.Join(errs...)
}

// publicActor is who files a complaint through the public form, in the audit trail. No
// address or other trace of the visitor is stored.
var publicActor = access.Actor{Username: "klachtformulier", Name: "publiek klachtformulier"}

// File stores a complaint from the public form (no login) and writes the acknowledgement.
// The complainant's own markers are kept as set by the complainant.
func (s *Service) File(ctx context.Context, in Submission) (*Complaint, error) {
	if err := s.Validate(&in, false); err != nil {
		return nil, err
	}
	return s.create(ctx, publicActor, in)
}

// Register stores a complaint that a staff member received by phone, at the desk or by
// letter (oral complaints are registered too, Politiewet 2012 art. 68), possibly on behalf
// of someone else (Awb 9:1).
func (s *Service) Register(ctx context.Context, a access.Actor, in Submission) (*Complaint, error) {
	if err := a.Require(access.RegisterComplaint); err != nil {
		return nil, err
	}
	if err := s.Validate(&in, true); err != nil {
		return nil, err
	}
	if !a.CanUnit(access.RegisterComplaint, in.Unit) {
		return nil, stelsel.Invalid("eenheid", "u registreert alleen klachten voor uw eigen eenheid (%s)", strings.Join(a.Units, ", "))
	}
	if in.EmployeeUsername != "" {
		if _, err := s.users.Actor(ctx, in.EmployeeUsername); err != nil {
			return nil, stelsel.Invalid("medewerker_account", "gebruiker %q bestaat niet", in.EmployeeUsername)
		}
		in.EmployeeUsername = strings.ToLower(in.EmployeeUsername)
	}
	return s.create(ctx, a, in)
}

func (s *Service) create(ctx context.Context, a access.Actor, in Submission) (*Complaint, error) {
	now := s.clock()
	c := &Complaint{Unit: in.Unit, Channel: in.Channel, Phase: PhaseReceived, EmployeeUsername: in.EmployeeUsername,
		ReceivedAt: now, UpdatedAt: now, Version: 1}
	c.Details = Details{Complainant: Person{Name: in.Name, Email: in.Email, Phone: in.Phone, Address: in.Address},
		OnBehalfOf: in.OnBehalfOf, Oral: in.Oral, What: in.What, When: in.When, Where: in.Where, Employee: in.Employee,
		Wish: in.Wish, Markers: []Marker{}}
	if a.Role != "" {
		c.RegisteredBy = a.Username
	}
	for _, m := range []struct {
		on   bool
		kind string
	}{{in.EthnicProfiling, MarkerEthnicProfiling}, {in.Discrimination, MarkerDiscrimination}} {
		if m.on {
			c.Markers = append(c.Markers, Marker{Kind: m.kind, Grounds: in.Grounds, Party: PartyComplainant, By: PartyComplainant, At: now})
		}
	}
	c.Deadline = c.NextDeadline()
	err := s.db.InTx(ctx, func(tx *db.Tx) error {
		// A unique placeholder reference until the id, which numbers the reference, is known.
		tmp := fmt.Sprintf("nieuw-%d", now.UnixNano())
		if err := tx.QueryRow(ctx, `INSERT INTO complaints (reference, unit, channel, phase, received_at, deadline_at, version, updated_at, doc)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, '{}') RETURNING id`, tmp, c.Unit, c.Channel, string(c.Phase), c.ReceivedAt, c.Deadline,
			c.Version, c.UpdatedAt).Scan(&c.ID); err != nil {
			return fmt.Errorf("store complaint: %w", err)
		}
		c.Reference = fmt.Sprintf("K-%d-%06d", now.In(amsterdam).Year(), c.ID)
		if _, err := tx.Exec(ctx, `UPDATE complaints SET reference = ? WHERE id = ?`, c.Reference, c.ID); err != nil {
			return fmt.Errorf("store complaint: %w", err)
		}
		if err := s.store(ctx, tx, c); err != nil {
			return err
		}
		l, err := s.addLetter(ctx, tx, a, c, letterRequest{kind: LetterAcknowledgement, recipient: recipientComplainant}, now)
		if err != nil {
			return err
		}
		c.Letters = []Letter{l}
		return s.trail.Append(ctx, tx, a, access.Entry{Action: access.ActionCreate, ObjectKind: ObjectKind, ObjectID: c.Reference,
			Unit: c.Unit, Detail: "kanaal=" + c.Channel})
	})
	if err != nil {
		return nil, err
	}
	return c, nil
}
