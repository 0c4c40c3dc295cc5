package registration

import (
	"time"
)

// Kind is the kind of a BVH registration (soort).
type Kind string

// The kinds of registration.
const (
	KindReport    Kind = "melding"
	KindComplaint Kind = "aangifte"
	KindNote      Kind = "mutatie"
)

// Kinds lists the kinds in display order.
var Kinds = []Kind{KindReport, KindComplaint, KindNote}

// Valid reports whether k is a known kind.
func (k Kind) Valid() bool { return k == KindReport || k == KindComplaint || k == KindNote }

// MaxTextBytes is the largest text accepted on import (64 KiB). BVH texts are 0.5-5 KB;
// anything far larger is a broken export, not a registration.
const MaxTextBytes = 64 << 10

// Registration is one BVH registration in its current version.
type Registration struct {
	Number       string    `json:"registratienummer"`
	Kind         Kind      `json:"soort"`
	Unit         string    `json:"eenheid"` // unit code from the catalog
	Team         string    `json:"basisteam"`
	IncidentCode string    `json:"incidentcode"`
	Summary      string    `json:"omschrijving"`
	CommittedAt  time.Time `json:"pleegdatum,omitzero"`
	RegisteredAt time.Time `json:"registratiedatum"`
	Municipality string    `json:"gemeente"`
	Address      string    `json:"adres,omitempty"`    // street and house number, when BVH gives one
	Platform     string    `json:"platform,omitempty"` // online platform, when BVH gives one
	Person       string    `json:"persoon,omitempty"`  // registered person (BVH person number), when given
	Text         string    `json:"tekst,omitempty"`
	Version      int       `json:"versie"`
	Hash         string    `json:"hash"`
	// Lexicon is the lexicon version that screened the current version; "" if not yet.
	Lexicon string `json:"lexicon"`
	Flagged bool   `json:"gemarkeerd"`
}

// Version is one imported version of a registration; versions are never changed.
type Version struct {
	Version      int       `json:"versie"`
	Hash         string    `json:"hash"`
	Summary      string    `json:"omschrijving"`
	Text         string    `json:"tekst"`
	Source       string    `json:"bron"` // file:line
	ImportedAt   time.Time `json:"geimporteerd"`
	RegisteredAt time.Time `json:"registratiedatum"`
}

// Hit is a lexicon term found in a registration's text.
type Hit struct {
	Term     string   `json:"term"`
	Grounds  []string `json:"gronden"`
	Mode     string   `json:"modus"`
	Strength string   `json:"sterkte"`
	Start    int      `json:"begin"` // byte offsets in the text
	End      int      `json:"eind"`
	Match    string   `json:"tekst"`
	// Score is the hit's strength, 0-100; a rule hit explains itself in Explanation.
	Score       int    `json:"score"`
	Explanation string `json:"uitleg,omitempty"`
}

// Queue statuses of a flagged registration.
const (
	StatusOpen     = "open"            // awaiting review
	StatusMoreInfo = "meer_informatie" // reviewed: more information needed
	StatusConfirm  = "bevestigen"      // decided, awaiting the second reviewer (four-eyes)
	StatusDecided  = "beoordeeld"      // decided
	StatusLapsed   = "vervallen"       // no longer flagged after a rescreen, never decided
)

// Statuses lists the queue statuses in display order.
var Statuses = []string{StatusOpen, StatusMoreInfo, StatusConfirm, StatusDecided, StatusLapsed}

// StatusLabel returns the Dutch label of a queue status.
func StatusLabel(s string) string {
	switch s {
	case StatusOpen:
		return "Te beoordelen"
	case StatusMoreInfo:
		return "Meer informatie nodig"
	case StatusConfirm:
		return "Wacht op bevestiging"
	case StatusDecided:
		return "Beoordeeld"
	case StatusLapsed:
		return "Vervallen (geen treffer meer)"
	}
	return s
}

// DecisionInput is what a reviewer decides about a registration. Codes come from the
// catalog: Kind from DecisionKinds, Articles, Grounds, Indications, Manifestation.
type DecisionInput struct {
	Kind          string   `json:"soort"`
	Articles      []string `json:"artikelen,omitempty"`  // required for discriminatie
	Grounds       []string `json:"gronden,omitempty"`    // required for discriminatie and codis
	Indications   []string `json:"indicaties,omitempty"` // optional
	Manifestation string   `json:"verschijningsvorm"`    // required for discriminatie and codis
	Referral      bool     `json:"doorverwijzing_adv"`   // referral to an ADV
	ADV           string   `json:"adv,omitempty"`        // which ADV; required with Referral
	// ReasonCode is a preset reason for geen_discriminatie (catalog
	// NoDiscriminationReasons); Decide stores it as its label in front of Reason.
	ReasonCode string `json:"reden_code,omitempty"`
	Reason     string `json:"reden,omitempty"` // geen_discriminatie: required without ReasonCode
	// Rationale is required for every kind, except geen_discriminatie with a ReasonCode.
	Rationale string `json:"motivering"`
	// Basis is the id of the newest decision the reviewer saw (0: none yet). When set
	// and no longer the newest, Decide refuses: the view was stale.
	Basis *int64 `json:"gebaseerd_op,omitempty"`
	// Key is the client's Idempotency-Key: a request repeated with the same key returns
	// the first decision. Not stored with the decision.
	Key string `json:"-"`
}

// Decision is a recorded decision. Decisions are append-only; Supersedes names the
// decision a correction replaces.
type Decision struct {
	ID int64 `json:"id"`
	DecisionInput
	Number            string     `json:"registratienummer"`
	Version           int        `json:"versie"`  // the text version decided on
	Lexicon           string     `json:"lexicon"` // the lexicon version in use when decided
	Reviewer          string     `json:"beoordelaar"`
	ReviewerName      string     `json:"beoordelaar_naam"`
	DecidedAt         time.Time  `json:"beoordeeld_op"`
	NeedsConfirmation bool       `json:"vier_ogen"`
	ConfirmedBy       string     `json:"bevestigd_door,omitempty"`
	ConfirmedAt       *time.Time `json:"bevestigd_op,omitempty"`
	// EffectiveAt is when the code may go to BVH: DecidedAt, or ConfirmedAt under four-eyes.
	EffectiveAt *time.Time `json:"geldig_vanaf,omitempty"`
	Supersedes  int64      `json:"vervangt,omitempty"`
	// UndoneAt is when its reviewer undid it (Undo), UndoneBy who; an undone decision
	// stays in the history but never counts, and the one before it is in force again.
	UndoneAt *time.Time `json:"ongedaan_op,omitempty"`
	UndoneBy string     `json:"ongedaan_door,omitempty"`
	// Unchanged says Decide wrote nothing: the decision equals the newest one.
	Unchanged bool `json:"ongewijzigd,omitempty"`
}

// Coded reports whether the decision gives the registration a BVH discrimination code.
func (d Decision) Coded() bool { return coded(d.Kind) }

// Detail is one registration with everything a reviewer needs.
type Detail struct {
	Registration
	Status string `json:"status"` // queue status; "" when never flagged
	// Hits are the hits of the current version with the current lexicon.
	Hits      []Hit      `json:"treffers"`
	Grounds   []string   `json:"gronden"`       // grounds of the hits
	Versions  []Version  `json:"versies"`       // oldest first
	Decisions []Decision `json:"beoordelingen"` // oldest first
	// Current is the latest decision, nil when none.
	Current *Decision `json:"huidige_beoordeling,omitempty"`
	// LexiconChanged says the lexicon changed since the current decision was made.
	LexiconChanged bool `json:"lexicon_gewijzigd"`
	// TextChanged says a newer version arrived after the current decision was made.
	TextChanged bool `json:"tekst_gewijzigd"`
	// SuggestedIndications are indications the hits point at (catalog IndicationHints),
	// for the reviewer to confirm or drop.
	SuggestedIndications []string `json:"voorgestelde_indicaties,omitempty"`

	id int64 // registrations.id, which keys the versions and hits
}
