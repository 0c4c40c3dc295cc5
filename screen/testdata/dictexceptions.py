#!/usr/bin/env python3
"""Exceptions for the fuzzy prefixes of class terms that run into ordinary Dutch words.

A class term in prefix mode also counts with one letter dropped, doubled or swapped
(screen/LEXICON.md). Its variant is a shorter prefix, and some of those begin ordinary
words: "muzie" (for "muzzie") begins "muziek", "koel" (for "kogel") "koelkast", "hinde"
(for "hindoe") "hinderlijk". This script screens every word of a Dutch word list (the
OpenTaal list of the Debian package wdutch, /usr/share/dict/nederlands) in five frames that
call for a class member ("jij W", "de Marokkanen W", "W moeten allemaal dood", "W
Marokkanen", "die W, ik haat ze"), keeps the words that a fuzzy prefix found and that are
not the variant itself or the variant with an inflection ("hindes"), and writes them as
exceptions of their term ("muziek*" when more than one word begins with it). Word-mode
variants are left alone: a dropped letter that gives a word ("Turen", "vouwen") is the
evasion the HateCheck sets test.

usage: dictexceptions.py STELSEL-BINARY LEXICON-IN LEXICON-OUT [WORDLIST]
"""
import subprocess
import json,re,collections,sys,unicodedata
binary, lexin, lexout = sys.argv[1], sys.argv[2], sys.argv[3]
wordlist = sys.argv[4] if len(sys.argv) > 4 else '/usr/share/dict/nederlands'
ws = [w.strip() for w in open(wordlist, encoding='utf-8') if re.fullmatch(r"[a-zà-ÿ]{3,}", w.strip())]
FRAMES = ['jij %s', 'de Marokkanen %s', '%s moeten allemaal dood', '%s Marokkanen', 'die %s, ik haat ze']
inp = ''.join(json.dumps({'id': '%d' % i, 'text': f % w}) + '\n' for i, w in enumerate(ws) for f in FRAMES)
out = subprocess.run([binary, 'screen', '-lexicon', lexin], input=inp, capture_output=True, text=True, check=True).stdout
def fold(s): return ''.join(c for c in unicodedata.normalize('NFD',s.lower()) if unicodedata.category(c)!='Mn')
def collapse(s): return re.sub(r'(.)\1+',r'\1',s)
lines=open(lexin,encoding='utf-8').read().split('\n')
ent={}  # term.lower() -> list of line idx
rules=False
for i,l in enumerate(lines):
    if l.startswith('#') or not l: continue
    c=l.split('\t')
    if c[0]=='rule': rules=True
    if rules or c[0]=='term' or len(c)<8: continue
    ent.setdefault(c[0].lower(),[]).append(i)
found=collections.defaultdict(set)
for l in out.splitlines():
    d=json.loads(l)
    if not d.get('hits'): continue
    w=ws[int(d['id'])]
    for h in d['hits']:
        for p in (h.get('parts') or []):
            if p['match'].lower()==w: found[p['term'].lower()].add(w)
def variants(t):
    V={t}
    for k in range(len(t)):
        V.add(t[:k]+t[k+1:]); V.add(t[:k]+t[k]+t[k:])
        if k+1<len(t): V.add(t[:k]+t[k+1]+t[k]+t[k+2:])
    return V
def legit(w,t,mode):
    if re.match(r'(crepe|doodsstraf|execute|opknoping|terugstuur|mongol|moslimman|afmak)',fold(w)): return True
    if mode=='word': return True
    fw0,ft0=fold(w),fold(t)
    if any(fw0==v+s for v in variants(ft0) for s in SUF): return True
    fw,ft=fold(w),fold(t)
    if ' ' in ft: return True
    if mode in ('prefix','infix') and ft in fw if mode=='infix' else fw.startswith(ft): return True
    if fw==ft: return True
    cw,ct=collapse(fw),collapse(ft)
    if cw==ct or (mode=='prefix' and any(cw==ct+x for x in SUF)): return True
    if ft.startswith(fw) and len(ft)-len(fw)<=2: return True
    if fw.startswith(ft): return True
    n=0
    while n<min(len(fw),len(ft)) and fw[n]==ft[n]: n+=1
    if mode=='word' and n>=5 and n>=len(ft)-3 and abs(len(fw)-len(ft))<=1: return True
    if any(ft[:k]+ft[k+1:]==fw for k in range(len(ft)) if ft[k]=='s'): return True
    return False
SUF=['','s','en','n','e',"'s",'je','jes','tje','tjes','ers','er']
added=0; report=[]
for t,S in sorted(found.items()):
    if t not in ent: continue
    idxs=ent[t]
    mode=lines[idxs[0]].split('\t')[1]
    if mode=='phrase': continue
    block=sorted(w for w in S if not legit(w,t,mode))
    if not block: continue
    keep=[w for w in S if legit(w,t,mode)]
    protect=keep+[t+s for s in SUF]
    exc=[]
    bset=set(block)
    done=set()
    for w in sorted(block,key=len):
        if w in done: continue
        under=[x for x in block if x.startswith(w)]
        if len(under)>=2 and not any(p.startswith(w) for p in protect):
            exc.append(w+'*'); done.update(under)
        else:
            exc.append(w); done.add(w)
    report.append('%s (%s): %s' % (t,mode,';'.join(exc)))
    for i in idxs:
        c=lines[i].split('\t')
        old=[x for x in c[4].split(';') if x]
        new=old+[x for x in exc if x not in old]
        c[4]=';'.join(new)
        lines[i]='\t'.join(c)
    added+=len(exc)
open(lexout,'w',encoding='utf-8').write('\n'.join(lines))
sys.stderr.write('\n'.join(report)+'\n')
print('terms',len(report),'exceptions',added)
