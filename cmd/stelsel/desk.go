package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"stelsel"
	"stelsel/desk"
)

func deskCommand() command {
	return command{summary: "the help-desk guide: list, show, edit, guide", run: runDesk}
}

const deskHelp = `usage: stelsel desk SUBCOMMAND [flags]   (every subcommand: --db, --as USER, --json)

  list                 every desk, current version (--theme THEME, --public for the external desks)
  show CODE            one desk with every version
  edit CODE            a new version from a JSON file (--file F, '-' for standard input; --base VERSION,
                       --note TEXT; administrators). Start from 'stelsel desk show CODE --json'.
  guide                propose desks for answers (--topic, --need, --manager, --anonymous, --unit);
                       nothing is stored or logged

Exit status 4: the desk does not exist, or you may not edit desks.`

func runDesk(ctx context.Context, e env, args []string) error {
	if len(args) == 0 {
		return &usageError{deskHelp}
	}
	sub, args := args[0], args[1:]
	fs := flag.NewFlagSet("desk "+sub, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var f regFlags
	f.register(fs, e, true, false)
	asJSON := fs.Bool("json", false, "print JSON")
	var (
		theme, file, note, topic, need, unit *string
		public, manager, anonymous           *bool
		base                                 *int
	)
	nargs := 1
	switch sub {
	case "list":
		nargs, theme, public = 0, fs.String("theme", "", "theme code"), fs.Bool("public", false, "only the desks outside the police")
	case "show":
	case "edit":
		file, base, note = fs.String("file", "-", "JSON file of the desk"), fs.Int("base", 0, "the version the edit is based on (default: the current one)"), fs.String("note", "", "note with this version")
	case "guide":
		nargs = 0
		topic, need = fs.String("topic", "", "omgang, discriminatie, integriteit, misstand, zorg, rechtspositie, geld or weet_niet"), fs.String("need", "", "praten, advies, melden, zorg or bescherming")
		manager, anonymous, unit = fs.Bool("manager", false, "it concerns my own manager"), fs.Bool("anonymous", false, "I want to stay anonymous"), fs.String("unit", "", "where I work")
	default:
		return &usageError{deskHelp}
	}
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != nargs {
		return &usageError{deskHelp}
	}
	a, err := openAccess(ctx, e, f.dsn, "")
	if err != nil {
		return err
	}
	defer a.db.Close()
	actor := operator(e)
	if f.as != "" {
		if actor, err = a.users.Actor(ctx, f.as); err != nil {
			return err
		}
	}
	svc := desk.NewService(a.db, a.trail, nil, time.Now)
	data := svc.Data()
	switch sub {
	case "list":
		var desks []desk.Desk
		if *public {
			desks, err = svc.Public(ctx)
		} else {
			desks, err = svc.List(ctx, actor)
		}
		if err != nil {
			return err
		}
		var keep []desk.Desk
		for _, k := range desks {
			if *theme == "" || slices.Contains(k.Themes, *theme) {
				keep = append(keep, k)
			}
		}
		if *asJSON {
			return writeJSON(e.stdout, keep)
		}
		for _, k := range keep {
			printDesk(e.stdout, data, k)
		}
	case "show":
		k, versions, err := svc.Get(ctx, actor, fs.Arg(0))
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, k)
		}
		printDesk(e.stdout, data, k)
		for _, v := range versions {
			fmt.Fprintf(e.stdout, "  versie %d door %s op %s: %s\n", v.Version, v.EditedBy, v.EditedAt.Local().Format("2006-01-02 15:04"), v.Note)
		}
	case "edit":
		var r io.Reader = e.stdin
		if *file != "-" {
			fh, err := os.Open(*file)
			if err != nil {
				return fmt.Errorf("open %s: %w", *file, err)
			}
			defer fh.Close()
			r = fh
		}
		var k desk.Desk
		if err := json.NewDecoder(r).Decode(&k); err != nil {
			return stelsel.Invalid("file", "geen geldige JSON van een loket: %v", err)
		}
		k.Code = fs.Arg(0)
		b := *base
		if b == 0 {
			if cur, _, err := svc.Get(ctx, actor, k.Code); err == nil {
				b = cur.Version
			}
		}
		saved, err := svc.Edit(ctx, actor, k, b, *note)
		if err != nil {
			return err
		}
		if *asJSON {
			return writeJSON(e.stdout, saved)
		}
		fmt.Fprintf(e.stdout, "loket %s: versie %d opgeslagen\n", saved.Code, saved.Version)
	case "guide":
		if actor.Anonymous() {
			return stelsel.Errorf(stelsel.EUNAUTHORIZED, "niet ingelogd")
		}
		desks, err := svc.List(ctx, actor)
		if err != nil {
			return err
		}
		ps := data.Propose(desks, desk.Answers{Topic: *topic, Need: *need, Manager: *manager, Anonymous: *anonymous, Unit: *unit}, 4)
		if *asJSON {
			return writeJSON(e.stdout, ps)
		}
		for _, p := range ps {
			fmt.Fprintf(e.stdout, "%s: %s\n", p.Desk.Name, strings.Join(p.Why, "; "))
			if len(p.Mind) > 0 {
				fmt.Fprintf(e.stdout, "  let op: %s\n", strings.Join(p.Mind, "; "))
			}
		}
	}
	return nil
}

func printDesk(w io.Writer, data *desk.Data, k desk.Desk) {
	where := "overal"
	if !k.Everywhere() {
		var n []string
		for _, u := range k.Units {
			n = append(n, data.LocationLabel(u))
		}
		where = "alleen " + strings.Join(n, ", ")
	}
	kind := "intern"
	if !k.Internal {
		kind = "extern"
	}
	fmt.Fprintf(w, "%s (%s, %s, versie %d)\n  %s\n  %s. %s\n  bereikbaar: %s\n  waar: %s\n\n", k.Name, k.Code, kind, k.Version, k.Purpose,
		data.ConfidentialityLabel(k.Confidentiality), k.WhatHappens, k.Reach, where)
}
