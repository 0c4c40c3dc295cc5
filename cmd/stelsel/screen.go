package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"
	"time"

	"stelsel/screen"
)

func screenCommand() command {
	return command{summary: "screen JSON Lines records ({\"id\", \"text\"}) against the lexicon; one result line per record", run: runScreen}
}

// screenOptions are the flags of stelsel screen.
type screenOptions struct {
	in, lexicon        string
	workers            int
	idField, textField string
	bench              bool
}

func runScreen(ctx context.Context, e env, args []string) error {
	fs := flag.NewFlagSet("screen", flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	var o screenOptions
	fs.StringVar(&o.in, "in", "", "read records from this file instead of standard input")
	fs.StringVar(&o.lexicon, "lexicon", "", "screen with this lexicon file (TSV) instead of the built-in one")
	fs.IntVar(&o.workers, "workers", runtime.GOMAXPROCS(0), "goroutines that screen in parallel (1: single core)")
	fs.StringVar(&o.idField, "id-field", "id", "name of the identifier field")
	fs.StringVar(&o.textField, "text-field", "text", "name of the text field")
	fs.BoolVar(&o.bench, "bench", false, "load all records first, then time screening alone on one core; print figures, not results")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return &usageError{fmt.Sprintf("screen: unexpected argument %q", fs.Arg(0))}
	}
	if o.workers < 1 {
		return &usageError{"screen: --workers must be at least 1"}
	}
	lex, err := loadLexicon(o.lexicon)
	if err != nil {
		return lexiconInvalid(err)
	}
	in := e.stdin
	if o.in != "" {
		fh, err := os.Open(o.in)
		if err != nil {
			return fmt.Errorf("screen: %w", err)
		}
		defer fh.Close()
		in = fh
	}
	s := screen.New(lex)
	p := recordParser{id: o.idField, text: o.textField}
	if o.bench {
		return benchScreen(e, s, in, p)
	}
	out := bufio.NewWriterSize(e.stdout, 1<<20)
	bad, total, err := screenStream(ctx, s, p, in, out, e.stderr, o.workers)
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("screen: write: %w", ferr)
	}
	if err != nil {
		return err
	}
	if bad > 0 {
		return &partialError{fmt.Sprintf("screen: %d of %d lines skipped (see above)", bad, total)}
	}
	return nil
}

// chunk is a run of input lines screened by one worker; its output and errors are
// written in input order.
type chunk struct {
	first int // line number of the first line
	lines [][]byte
	buf   []byte // the input lines' storage
	out   []byte
	errs  []string
	bad   int
	done  chan struct{}
}

const chunkBytes = 256 << 10

// screenStream reads records, screens them on workers goroutines and writes results in
// input order. Memory stays flat: at most a few chunks per worker are in flight.
func screenStream(ctx context.Context, s *screen.Screener, p recordParser, in io.Reader, out, errw io.Writer, workers int) (bad, total int, err error) {
	work := make(chan *chunk, workers)
	order := make(chan *chunk, 2*workers)
	// Written chunks are reused: allocating and clearing their buffers anew, and
	// collecting them, cost more than a tenth of the run on one core.
	free := make(chan *chunk, 3*workers+1)
	readErr := make(chan error, 1)
	go func() {
		readErr <- readChunks(ctx, in, work, order, free)
		close(work)
		close(order)
	}()
	for w := 0; w < workers; w++ {
		go func() {
			var enc resultEncoder
			for c := range work {
				for i, line := range c.lines {
					rec, perr := p.parse(line)
					if perr != nil {
						c.bad++
						c.errs = append(c.errs, fmt.Sprintf("stelsel screen: line %d: %v", c.first+i, perr))
						continue
					}
					c.out = enc.append(c.out, rec.id, s.Screen(rec.text))
				}
				close(c.done)
			}
		}()
	}
	var werr error
	for c := range order {
		<-c.done
		total += len(c.lines)
		bad += c.bad
		for _, m := range c.errs {
			fmt.Fprintln(errw, m)
		}
		if werr == nil {
			if _, err := out.Write(c.out); err != nil {
				werr = fmt.Errorf("screen: write: %w", err)
			}
		}
		c.reset()
		select {
		case free <- c:
		default:
		}
	}
	if err := <-readErr; err != nil {
		return bad, total, err
	}
	return bad, total, werr
}

// reset empties a written chunk for reuse. Nothing refers to its buffers any more: the
// results that pointed into them are written.
func (c *chunk) reset() {
	c.lines, c.buf, c.out = c.lines[:0], c.buf[:0], c.out[:0]
	c.errs, c.bad = nil, 0
	c.done = make(chan struct{})
}

// readChunks splits the input into chunks of whole lines, reusing those on free.
func readChunks(ctx context.Context, in io.Reader, work, order chan<- *chunk, free <-chan *chunk) error {
	r := bufio.NewReaderSize(in, 1<<20)
	line := 1
	var c *chunk
	flush := func() {
		if c != nil && len(c.lines) > 0 {
			order <- c
			work <- c
		}
		c = nil
	}
	for {
		if err := ctx.Err(); err != nil {
			return err
		}
		raw, err := r.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A long line: collect it whole.
			long := append([]byte(nil), raw...)
			for errors.Is(err, bufio.ErrBufferFull) {
				raw, err = r.ReadSlice('\n')
				long = append(long, raw...)
			}
			raw = long
		}
		if len(raw) > 0 {
			if c == nil {
				select {
				case c = <-free:
				default:
					c = &chunk{done: make(chan struct{}), buf: make([]byte, 0, chunkBytes+len(raw))}
				}
				c.first = line
			}
			// Lines already taken keep pointing into the old array if append grows it.
			start := len(c.buf)
			c.buf = append(c.buf, raw...)
			c.lines = append(c.lines, c.buf[start:len(c.buf):len(c.buf)])
			line++
			if len(c.buf) >= chunkBytes {
				flush()
			}
		}
		if err == io.EOF {
			flush()
			return nil
		}
		if err != nil {
			flush()
			return fmt.Errorf("screen: read: %w", err)
		}
	}
}

// benchScreen loads every record, then screens them all on the calling goroutine and
// prints the throughput of screening alone (normalisation, matching, exceptions, offsets).
func benchScreen(e env, s *screen.Screener, in io.Reader, p recordParser) error {
	data, err := io.ReadAll(in)
	if err != nil {
		return fmt.Errorf("screen: read: %w", err)
	}
	var texts []string
	size := 0
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		rec, err := p.parse(line)
		if err != nil {
			return fmt.Errorf("screen: line %d: %v", i+1, err)
		}
		texts = append(texts, rec.text)
		size += len(rec.text)
	}
	data = nil
	runtime.GC()
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	start, cpu := time.Now(), cpuTime()
	flagged, hits := 0, 0
	for _, t := range texts {
		res := s.Screen(t)
		if res.Flagged {
			flagged++
			hits += len(res.Hits)
		}
	}
	d, c := time.Since(start), cpuTime()-cpu
	fmt.Fprintf(e.stdout, "records %d\ntext_bytes %d\nflagged %d\nhits %d\nseconds %.3f\nmb_per_s %.1f\ncpu_seconds %.3f\nlexicon %s\n",
		len(texts), size, flagged, hits, d.Seconds(), float64(size)/1e6/d.Seconds(), c.Seconds(), s.Lexicon().Version())
	return nil
}

// resultEncoder writes one result line; it reuses nothing between calls but the caller's
// buffer, so each worker has its own.
type resultEncoder struct{}

func (resultEncoder) append(b []byte, id []byte, r screen.Result) []byte {
	b = append(b, `{"id":`...)
	b = append(b, id...)
	b = append(b, `,"flagged":`...)
	b = strconv.AppendBool(b, r.Flagged)
	b = append(b, `,"score":`...)
	b = strconv.AppendInt(b, int64(r.Score), 10)
	b = append(b, `,"grounds":`...)
	b = appendStrings(b, r.Grounds)
	b = append(b, `,"hits":[`...)
	for i, h := range r.Hits {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"term":`...)
		b = appendJSONString(b, h.Term)
		b = append(b, `,"grounds":`...)
		b = appendStrings(b, h.Grounds)
		b = append(b, `,"mode":`...)
		b = appendJSONString(b, h.Mode)
		b = append(b, `,"strength":`...)
		b = appendJSONString(b, h.Strength)
		b = append(b, `,"start":`...)
		b = strconv.AppendInt(b, int64(h.Start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(h.End), 10)
		b = append(b, `,"match":`...)
		b = appendJSONString(b, h.Match)
		if h.Fuzzy {
			b = append(b, `,"fuzzy":true`...)
		}
		b = append(b, `,"score":`...)
		b = strconv.AppendInt(b, int64(h.Score), 10)
		if len(h.Parts) > 0 {
			b = append(b, `,"parts":[`...)
			for j, p := range h.Parts {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, `{"class":`...)
				b = appendJSONString(b, p.Class)
				b = append(b, `,"term":`...)
				b = appendJSONString(b, p.Term)
				b = append(b, `,"start":`...)
				b = strconv.AppendInt(b, int64(p.Start), 10)
				b = append(b, `,"end":`...)
				b = strconv.AppendInt(b, int64(p.End), 10)
				b = append(b, `,"match":`...)
				b = appendJSONString(b, p.Match)
				if p.Fuzzy {
					b = append(b, `,"fuzzy":true`...)
				}
				b = append(b, '}')
			}
			b = append(b, ']')
		}
		if h.Explanation != "" {
			// A rule hit's, the text model's, or a term hit's that a rule capped.
			b = append(b, `,"explanation":`...)
			b = appendJSONString(b, h.Explanation)
		}
		b = append(b, '}')
	}
	b = append(b, `],"lexicon":`...)
	b = appendJSONString(b, r.Lexicon)
	return append(b, "}\n"...)
}

func appendStrings(b []byte, ss []string) []byte {
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}
