package access_test

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"stelsel/access"
	"stelsel/db"
	"stelsel/db/dbtest"
)

// TestLoginBurstIsThrottledAtomically: 40 parallel wrong passwords get at most
// MaxFailures password checks, the right password in the same burst is refused, and the
// owner still gets in: at once from a browser that logged in before, and from anywhere
// once the delay has passed.
func TestLoginBurstIsThrottledAtomically(t *testing.T) {
	dbtest.Each(t, func(t *testing.T, d *db.DB) {
		ctx := context.Background()
		f := newFixture(t, d)
		f.add(t, "ana", access.RoleAnalyst)
		owner, err := f.sessions.LoginDevice(ctx, "ana", pw, "")
		if err != nil || owner.Device == "" {
			t.Fatalf("first login = %+v, %v; want a device token", owner, err)
		}
		f.clock = f.clock.Add(time.Minute)
		var wg sync.WaitGroup
		for range 40 {
			wg.Go(func() { f.sessions.Login(ctx, "ana", "geraden wachtwoord") })
		}
		wg.Wait()
		entries, err := f.trail.List(ctx, admin, access.Filter{Action: access.ActionLogin, ObjectID: "ana", Limit: 1000})
		if err != nil {
			t.Fatal(err)
		}
		checked := 0
		for _, e := range entries {
			if e.Detail == "mislukt" || e.Detail == "ok via password" {
				checked++
			}
		}
		// The first login, then at most MaxFailures checks in the burst.
		if checked-1 != access.DefaultMaxFailures {
			t.Errorf("%d passwords checked in a burst of 40, want %d", checked-1, access.DefaultMaxFailures)
		}
		if _, _, err := f.sessions.Login(ctx, "ana", pw); !errors.Is(err, access.ErrThrottled) {
			t.Errorf("right password without device after the burst = %v, want throttled", err)
		}
		f.clock = f.clock.Add(time.Second)
		if r, err := f.sessions.LoginDevice(ctx, "ana", pw, owner.Device); err != nil || r.Device != owner.Device {
			t.Errorf("owner's browser after the burst = %+v, %v; want in, same device", r, err)
		}
		// The attacker's failures stay after the owner's login: no fresh guesses.
		if _, _, err := f.sessions.Login(ctx, "ana", "nog een gok"); !errors.Is(err, access.ErrThrottled) {
			t.Errorf("guess after the owner's login = %v, want still throttled", err)
		}
		// A wrong password from the device voids it.
		if _, err := f.sessions.LoginDevice(ctx, "ana", "fout", owner.Device); err == nil || errors.Is(err, access.ErrThrottled) {
			t.Errorf("wrong password from the device = %v, want a plain refusal", err)
		}
		if _, err := f.sessions.LoginDevice(ctx, "ana", pw, owner.Device); !errors.Is(err, access.ErrThrottled) {
			t.Errorf("voided device = %v, want throttled like any browser", err)
		}
		// Never locked out for good: after the window the owner gets in anywhere.
		f.clock = f.clock.Add(access.DefaultFailWindow + time.Second)
		if _, _, err := f.sessions.Login(ctx, "ana", pw); err != nil {
			t.Errorf("login after the window = %v", err)
		}
	})
}

// TestLoginBackoffDoubles: each failure past the limit doubles the wait, up to the window.
func TestLoginBackoffDoubles(t *testing.T) {
	d := dbtest.SQLite(t)
	ctx := context.Background()
	f := newFixture(t, d)
	f.add(t, "ana", access.RoleAnalyst)
	for range access.DefaultMaxFailures {
		f.sessions.Login(ctx, "ana", "fout")
	}
	for _, wait := range []time.Duration{time.Minute, 2 * time.Minute, 4 * time.Minute} {
		f.clock = f.clock.Add(wait - time.Second)
		if _, _, err := f.sessions.Login(ctx, "ana", "fout"); !errors.Is(err, access.ErrThrottled) {
			t.Fatalf("attempt %v after the last failure = %v, want throttled", wait-time.Second, err)
		}
		f.clock = f.clock.Add(time.Second)
		if _, _, err := f.sessions.Login(ctx, "ana", "fout"); err == nil || errors.Is(err, access.ErrThrottled) {
			t.Fatalf("attempt %v after the last failure = %v, want checked (and wrong)", wait, err)
		}
	}
}
