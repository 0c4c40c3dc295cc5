package access_test

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"stelsel"
	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// fixture is an access setup on a real database with a clock the test moves.
type fixture struct {
	d        *db.DB
	clock    time.Time
	trail    *access.Trail
	users    *access.Users
	sessions *access.Sessions
	tokens   *access.Tokens
}

func newFixture(t *testing.T, d *db.DB) *fixture {
	f := &fixture{d: d, clock: time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)}
	now := func() time.Time { return f.clock }
	f.trail = access.NewTrail(d, now)
	f.users = access.NewUsers(d, f.trail, now)
	f.sessions = access.NewSessions(d, f.trail, now)
	f.tokens = access.NewTokens(d, f.trail, now)
	return f
}

var admin = access.System("test")

const pw = "correct horse battery"

func (f *fixture) add(t *testing.T, username string, role access.Role, units ...string) access.User {
	t.Helper()
	u, err := f.users.Add(context.Background(), admin, access.NewUser{Username: username, Role: role, Units: units, Password: pw})
	if err != nil {
		t.Fatalf("Add(%s): %v", username, err)
	}
	return u
}

func TestPassword(t *testing.T) {
	h, err := access.HashPassword("geheim-wachtwoord")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=19456,t=2,p=1$") {
		t.Errorf("HashPassword = %q, want a PHC argon2id string", h)
	}
	h2, _ := access.HashPassword("geheim-wachtwoord")
	if h == h2 {
		t.Errorf("two hashes of one password are equal; want distinct salts")
	}
	for _, tt := range []struct {
		hash, pw string
		want     bool
	}{
		{h, "geheim-wachtwoord", true},
		{h, "geheim-wachtwoorD", false},
		{h, "", false},
		{"", "", false},
		{"$argon2id$v=19$m=0,t=2,p=1$AAAA$AAAA", "x", false},
		{"$bcrypt$whatever", "x", false},
		{strings.Replace(h, "argon2id", "argon2i", 1), "geheim-wachtwoord", false},
	} {
		if got := access.CheckPassword(tt.hash, tt.pw); got != tt.want {
			t.Errorf("CheckPassword(%q, %q) = %v, want %v", tt.hash, tt.pw, got, tt.want)
		}
	}
}

func TestUsers(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		ana := f.add(t, "Ana", access.RoleAnalyst)
		if ana.Username != "ana" || ana.ID == 0 || !ana.HasPassword {
			t.Errorf("Add = %+v; want lower-cased username, id, password", ana)
		}
		f.add(t, "bas", access.RoleOfficer, "dh")
		invalid := []struct {
			name string
			nu   access.NewUser
			code string
		}{
			{"duplicate", access.NewUser{Username: "ana", Role: access.RoleAnalyst, Password: pw}, stelsel.ECONFLICT},
			{"bad role", access.NewUser{Username: "x1", Role: "koning", Password: pw}, stelsel.EINVALID},
			{"system role", access.NewUser{Username: "x2", Role: access.RoleSystem, Password: pw}, stelsel.EINVALID},
			{"officer without unit", access.NewUser{Username: "x3", Role: access.RoleOfficer, Password: pw}, stelsel.EINVALID},
			{"officer two units", access.NewUser{Username: "x4", Role: access.RoleOfficer, Units: []string{"DH", "AM"}, Password: pw}, stelsel.EINVALID},
			{"unknown unit", access.NewUser{Username: "x5", Role: access.RoleDetective, Units: []string{"XX"}, Password: pw}, stelsel.EINVALID},
			{"analyst with unit", access.NewUser{Username: "x6", Role: access.RoleAnalyst, Units: []string{"DH"}, Password: pw}, stelsel.EINVALID},
			{"short password", access.NewUser{Username: "x7", Role: access.RoleAuditor, Password: "kort"}, stelsel.EINVALID},
			{"no password", access.NewUser{Username: "x8", Role: access.RoleAuditor}, stelsel.EINVALID},
			{"bad username", access.NewUser{Username: "a b", Role: access.RoleAuditor, Password: pw}, stelsel.EINVALID},
		}
		for _, tt := range invalid {
			if _, err := f.users.Add(ctx, admin, tt.nu); stelsel.ErrorCode(err) != tt.code {
				t.Errorf("Add(%s) = %v, want %s", tt.name, err, tt.code)
			}
		}
		if _, err := f.users.Add(ctx, ana.Actor(), access.NewUser{Username: "y", Role: access.RoleAuditor, Password: pw}); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("Add as analyst = %v, want forbidden", err)
		}
		list, err := f.users.List(ctx, admin)
		if err != nil || len(list) != 2 || list[0].Username != "ana" || list[1].Units[0] != "DH" {
			t.Fatalf("List = %+v, %v", list, err)
		}
		if err := f.users.SetRole(ctx, admin, "bas", access.RoleDetective, []string{"DH", "AM"}); err != nil {
			t.Fatalf("SetRole: %v", err)
		}
		got, err := f.users.ByUsername(ctx, admin, "BAS")
		if err != nil || got.Role != access.RoleDetective || strings.Join(got.Units, ",") != "DH,AM" {
			t.Errorf("after SetRole: %+v, %v", got, err)
		}
		if g2, err := f.users.Get(ctx, admin, got.ID); err != nil || g2.Username != "bas" {
			t.Errorf("Get(%d) = %+v, %v", got.ID, g2, err)
		}
		a, err := f.users.Actor(ctx, "bas")
		if err != nil || a.Role != access.RoleDetective || a.UserID != got.ID {
			t.Errorf("Actor(bas) = %+v, %v", a, err)
		}
		if err := f.users.Disable(ctx, admin, "bas"); err != nil {
			t.Fatalf("Disable: %v", err)
		}
		if _, err := f.users.Actor(ctx, "bas"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("Actor(disabled) = %v, want not found", err)
		}
		if err := f.users.Disable(ctx, admin, "niemand"); stelsel.ErrorCode(err) != stelsel.ENOTFOUND {
			t.Errorf("Disable(unknown) = %v, want not found", err)
		}
		entries, err := f.trail.List(ctx, admin, access.Filter{ObjectKind: "user", ObjectID: "bas"})
		if err != nil || len(entries) != 3 {
			t.Errorf("audit of bas = %d entries, %v; want create, change role, disable", len(entries), err)
		}
	})
}

func TestSessions(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		f.add(t, "ana", access.RoleAnalyst)
		if _, _, err := f.sessions.Login(ctx, "ana", "fout wachtwoord!"); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			t.Fatalf("Login(bad password) = %v, want unauthorized", err)
		}
		if _, _, err := f.sessions.Login(ctx, "niemand", pw); stelsel.ErrorMessage(err) != "gebruikersnaam of wachtwoord onjuist" {
			t.Fatalf("Login(unknown) = %v; want the same message as a bad password", err)
		}
		token, u, err := f.sessions.Login(ctx, " ANA ", pw)
		if err != nil || u.Username != "ana" || len(token) < 40 {
			t.Fatalf("Login = %q, %+v, %v", token, u, err)
		}
		var stored int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM sessions WHERE token_hash = ?", token).Scan(&stored); err != nil || stored != 0 {
			t.Errorf("the raw token is stored in sessions (%d, %v); want only its hash", stored, err)
		}
		// Idle expiry: requests every 20 minutes keep it alive; 31 minutes of silence end it.
		for i := 0; i < 3; i++ {
			f.clock = f.clock.Add(20 * time.Minute)
			if s, err := f.sessions.Lookup(ctx, token); err != nil || s.User.Username != "ana" {
				t.Fatalf("Lookup after %d x 20 min = %+v, %v", i+1, s, err)
			}
		}
		f.clock = f.clock.Add(31 * time.Minute)
		if _, err := f.sessions.Lookup(ctx, token); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			t.Errorf("Lookup after 31 idle minutes = %v, want unauthorized", err)
		}
		// Absolute expiry: active all day, still ends after 10 hours.
		token, _, err = f.sessions.Login(ctx, "ana", pw)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < 10*60/25; i++ {
			f.clock = f.clock.Add(25 * time.Minute)
			if _, err := f.sessions.Lookup(ctx, token); err != nil {
				t.Fatalf("Lookup at %d min: %v", (i+1)*25, err)
			}
		}
		f.clock = f.clock.Add(25 * time.Minute)
		if _, err := f.sessions.Lookup(ctx, token); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			t.Errorf("Lookup after 10h25m = %v, want unauthorized (absolute expiry)", err)
		}
		// Logout and disable end sessions.
		token, _, _ = f.sessions.Login(ctx, "ana", pw)
		if err := f.sessions.Logout(ctx, token); err != nil {
			t.Fatal(err)
		}
		if _, err := f.sessions.Lookup(ctx, token); err == nil {
			t.Errorf("Lookup after Logout succeeded")
		}
		token, _, _ = f.sessions.Login(ctx, "ana", pw)
		if err := f.users.Disable(ctx, admin, "ana"); err != nil {
			t.Fatal(err)
		}
		if _, err := f.sessions.Lookup(ctx, token); err == nil {
			t.Errorf("Lookup after Disable succeeded")
		}
		if _, _, err := f.sessions.Login(ctx, "ana", pw); err == nil {
			t.Errorf("Login of a disabled user succeeded")
		}
	})
}

func TestThrottling(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		f.add(t, "ana", access.RoleAnalyst)
		for i := 0; i < access.DefaultMaxFailures; i++ {
			f.clock = f.clock.Add(time.Minute)
			if _, _, err := f.sessions.Login(ctx, "ana", "geraden wachtwoord"); errors.Is(err, access.ErrThrottled) || err == nil {
				t.Fatalf("failure %d = %v, want a plain refusal", i+1, err)
			}
		}
		_, _, err := f.sessions.Login(ctx, "ana", pw)
		if !errors.Is(err, access.ErrThrottled) || stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			t.Fatalf("Login after %d failures = %v, want throttled even with the right password", access.DefaultMaxFailures, err)
		}
		// The first failure leaves the 15-minute window after 11 more minutes.
		f.clock = f.clock.Add(11 * time.Minute)
		if _, _, err := f.sessions.Login(ctx, "ana", pw); err != nil {
			t.Fatalf("Login after the window = %v", err)
		}
		var n int
		if err := d.QueryRow(ctx, "SELECT count(*) FROM login_failures WHERE username = 'ana'").Scan(&n); err != nil || n != 0 {
			t.Errorf("failures after a good login = %d, %v; want cleared", n, err)
		}
		entries, err := f.trail.List(ctx, admin, access.Filter{Action: access.ActionLogin})
		if err != nil || len(entries) != access.DefaultMaxFailures+2 {
			t.Errorf("login audit entries = %d, %v; want %d", len(entries), err, access.DefaultMaxFailures+2)
		}
	})
}

func TestTokens(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		ana := f.add(t, "ana", access.RoleAnalyst)
		// Only the owner makes a token (issue 12.9): not the operator, not an administrator.
		if _, _, err := f.tokens.Create(ctx, admin, "ana", "script"); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("Create by the operator for ana = %v, want forbidden", err)
		}
		bea := f.add(t, "bea", access.RoleAdmin)
		if _, _, err := f.tokens.Create(ctx, bea.Actor(), "ana", "script"); stelsel.ErrorCode(err) != stelsel.EFORBIDDEN {
			t.Errorf("Create by an administrator for ana = %v, want forbidden", err)
		}
		token, tk, err := f.tokens.Create(ctx, ana.Actor(), "ana", "koppeling BVH")
		if err != nil || !strings.HasPrefix(token, "stl_") {
			t.Fatalf("Create = %q, %v", token, err)
		}
		u, err := f.tokens.Lookup(ctx, token)
		if err != nil || u.Username != "ana" || u.Role != access.RoleAnalyst {
			t.Fatalf("Lookup = %+v, %v", u, err)
		}
		for _, bad := range []string{"", "stl_nope", token + "x", strings.TrimPrefix(token, "stl_")} {
			if _, err := f.tokens.Lookup(ctx, bad); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
				t.Errorf("Lookup(%q) = %v, want unauthorized", bad, err)
			}
		}
		if err := f.tokens.Revoke(ctx, admin, tk.ID); err != nil {
			t.Fatal(err)
		}
		if _, err := f.tokens.Lookup(ctx, token); stelsel.ErrorCode(err) != stelsel.EUNAUTHORIZED {
			t.Errorf("Lookup(revoked) = %v, want unauthorized", err)
		}
		list, err := f.tokens.List(ctx, admin)
		if err != nil || len(list) != 1 || !list[0].Revoked || list[0].Label != "koppeling BVH" {
			t.Errorf("List = %+v, %v", list, err)
		}
	})
}
