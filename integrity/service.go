package integrity

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"sync"
	"time"

	"golang.org/x/crypto/argon2"

	"stelsel"
	"stelsel/access"
	"stelsel/catalog"
	"stelsel/db"
)

// IdentityKeyEnv is the environment variable that holds the key protecting confidential
// reporters' identities (and keying the reference to a reporter's account). It can also
// come from a key file (stelsel serve --identity-key-file).
const IdentityKeyEnv = "STELSEL_IDENTITY_KEY"

// Service is the integrity domain service. It is safe for concurrent use.
type Service struct {
	db    *db.DB
	trail *access.Trail
	users *access.Users
	cat   *catalog.Catalog
	ic    *catalog.Integrity
	now   func() time.Time

	aead   cipher.AEAD
	refKey []byte

	saltOnce sync.Once
	salt     []byte
	saltErr  error

	limiter *limiter
}

// New returns the service on d, auditing to trail, finding assignees in users, with key (at least 32 bytes, from
// access.LoadKey) protecting confidential identities. A missing key is an error: there is
// no default key.
func New(d *db.DB, trail *access.Trail, users *access.Users, key []byte, now func() time.Time) (*Service, error) {
	if len(key) < access.MinKeyBytes {
		return nil, stelsel.Invalid("sleutel", "de identiteitssleutel ontbreekt of is te kort: zet $%s (%d bytes, hex of base64) of geef --identity-key-file", IdentityKeyEnv, access.MinKeyBytes)
	}
	if now == nil {
		now = time.Now
	}
	block, err := aes.NewCipher(derive(key, "stelsel identity aes-256-gcm"))
	if err != nil {
		return nil, fmt.Errorf("identity cipher: %w", err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("identity cipher: %w", err)
	}
	return &Service{db: d, trail: trail, users: users, cat: catalog.Default(), ic: catalog.DefaultIntegrity(), now: now,
		aead: aead, refKey: derive(key, "stelsel reporter reference"), limiter: newLimiter(now, 30, time.Minute)}, nil
}

// SetRateLimit sets how many anonymous attempts (reports and postbox codes, together) the
// service takes per period; the default is 30 a minute.
func (s *Service) SetRateLimit(max int, per time.Duration) { s.limiter = newLimiter(s.now, max, per) }

// Catalog returns the integrity reference data the service works with.
func (s *Service) Catalog() *catalog.Integrity { return s.ic }

// MainCatalog returns the main catalog (categories, sanctions, educational measures, units).
func (s *Service) MainCatalog() *catalog.Catalog { return s.cat }

func (s *Service) clock() time.Time { return s.now().UTC().Truncate(time.Microsecond) }

func derive(key []byte, purpose string) []byte {
	m := hmac.New(sha256.New, key)
	m.Write([]byte(purpose))
	return m.Sum(nil)
}

// reporterRef is the keyed reference to a reporter's account: it lets the reporter find
// their own reports without the account name being readable in the database.
func (s *Service) reporterRef(username string) string {
	if username == "" {
		return ""
	}
	m := hmac.New(sha256.New, s.refKey)
	m.Write([]byte(username))
	return hex.EncodeToString(m.Sum(nil))
}

// seal encrypts a confidential identity with AES-GCM, bound to the case number.
func (s *Service) seal(plain []byte, number string) (string, error) {
	nonce := make([]byte, s.aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", fmt.Errorf("seal identity: %w", err)
	}
	return base64.StdEncoding.EncodeToString(s.aead.Seal(nonce, nonce, plain, []byte(number))), nil
}

func (s *Service) open(sealed, number string) ([]byte, error) {
	b, err := base64.StdEncoding.DecodeString(sealed)
	if err != nil || len(b) < s.aead.NonceSize() {
		return nil, errors.New("open identity: malformed")
	}
	n := s.aead.NonceSize()
	plain, err := s.aead.Open(nil, b[:n], b[n:], []byte(number))
	if err != nil {
		return nil, fmt.Errorf("open identity of %s: wrong key or changed data", number)
	}
	return plain, nil
}

// receiptSalt is this installation's salt for receipt-code hashes, made once and kept in
// the database. The hash is deterministic per installation, so a code is found by an
// index lookup; its cost (argon2id) makes guessing slow.
func (s *Service) receiptSalt(ctx context.Context) ([]byte, error) {
	s.saltOnce.Do(func() {
		var v string
		err := s.db.QueryRow(ctx, `SELECT value FROM integrity_meta WHERE name = 'receipt_salt'`).Scan(&v)
		if errors.Is(err, sql.ErrNoRows) {
			b := make([]byte, 16)
			if _, err := rand.Read(b); err != nil {
				s.saltErr = err
				return
			}
			v = hex.EncodeToString(b)
			if _, err := s.db.Exec(ctx, `INSERT INTO integrity_meta (name, value) VALUES ('receipt_salt', ?) ON CONFLICT (name) DO NOTHING`, v); err != nil {
				s.saltErr = fmt.Errorf("store receipt salt: %w", err)
				return
			}
			err = s.db.QueryRow(ctx, `SELECT value FROM integrity_meta WHERE name = 'receipt_salt'`).Scan(&v)
		}
		if err != nil {
			s.saltErr = fmt.Errorf("read receipt salt: %w", err)
			return
		}
		s.salt, s.saltErr = hex.DecodeString(v)
	})
	return s.salt, s.saltErr
}

// receiptHash is the argon2id hash of a receipt code with this installation's salt.
func (s *Service) receiptHash(ctx context.Context, code string) (string, error) {
	salt, err := s.receiptSalt(ctx)
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(argon2.IDKey([]byte(code), salt, 2, 19*1024, 1, 32)), nil
}

// audit writes one audit line about a case inside tx.
func (s *Service) audit(ctx context.Context, tx *db.Tx, a access.Actor, action string, c *Case, track, reason, detail string) error {
	return s.trail.Append(ctx, tx, a, s.auditEntry(action, c, track, reason, detail))
}

// auditEntry is the audit line about a case (and track, "" for the case itself).
func (s *Service) auditEntry(action string, c *Case, track, reason, detail string) access.Entry {
	if track != "" {
		detail = "spoor=" + track + " " + detail
	}
	return access.Entry{Action: action, ObjectKind: "integrity_case", ObjectID: c.Number, Unit: c.Unit, Reason: reason, Detail: detail}
}

// record writes one audit line in its own transaction (reads).
func (s *Service) record(ctx context.Context, a access.Actor, action string, c *Case, track, reason, detail string) error {
	return s.trail.Record(ctx, a, s.auditEntry(action, c, track, reason, detail))
}

// notFound is the one answer for a case that is missing or not visible to the actor.
func notFound(number string) error {
	return stelsel.Errorf(stelsel.ENOTFOUND, "zaak %s bestaat niet of u hebt er geen toegang toe", number)
}

// limiter is a token bucket over all anonymous postbox attempts together: without any
// request data per reporter there is nothing else to count by.
type limiter struct {
	mu     sync.Mutex
	now    func() time.Time
	tokens float64
	max    float64
	per    time.Duration
	last   time.Time
}

func newLimiter(now func() time.Time, max int, per time.Duration) *limiter {
	return &limiter{now: now, tokens: float64(max), max: float64(max), per: per}
}

func (l *limiter) allow() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	t := l.now()
	if !l.last.IsZero() && t.After(l.last) {
		l.tokens = min(l.max, l.tokens+t.Sub(l.last).Seconds()*l.max/l.per.Seconds())
	}
	l.last = t
	if l.tokens < 1 {
		return false
	}
	l.tokens--
	return true
}
