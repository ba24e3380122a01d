// The code editor of the practice, SQL and mock pages, written for pivotprep.
//
// A progressive enhancement of every <textarea data-editor="python|sql">: the textarea
// stays the real field (forms submit it as before, and the page works without script),
// its text is made transparent, and a <pre> behind it shows the same text coloured. A
// gutter numbers the lines. Keys: Tab / Shift+Tab indent and dedent (a selection indents
// as a block), Enter keeps the indentation and adds a level after a line ending in ":" (in
// Python) or an opening bracket, Backspace in leading spaces removes one level, an opening
// bracket is closed for you, and the bracket pair next to the caret is highlighted.
// Escape, then Tab, leaves the editor (Tab alone indents): a hint says so to screen readers.
//
// No library, no eval, no inline handlers (the app's Content-Security-Policy forbids
// them), and the user's text only ever reaches the page as text nodes.
(function () {
  "use strict";

  var INDENT = "    ";
  var MAX_COLOURED_LINES = 2000; // colouring stops here; the text past it stays plain
  var OPEN = { "(": ")", "[": "]", "{": "}" };
  var CLOSE = { ")": "(", "]": "[", "}": "{" };
  var SKIPPED = { string: true, comment: true, interp: true, ident: true }; // not code
  var MODIFIERS = { Shift: true, Control: true, Alt: true, Meta: true, CapsLock: true };
  var counter = 0;

  function words(list) {
    var set = Object.create(null);
    list.split(/\s+/).forEach(function (w) { if (w) set[w] = true; });
    return set;
  }

  var PY_KEYWORDS = words(
    "False None True and as assert async await break class continue def del elif else " +
    "except finally for from global if import in is lambda nonlocal not or pass raise " +
    "return try while with yield");
  var PY_BUILTINS = words(
    "abs all any ascii bin bool breakpoint bytearray bytes callable chr classmethod " +
    "complex delattr dict dir divmod enumerate filter float format frozenset getattr " +
    "globals hasattr hash hex id input int isinstance issubclass iter len list locals map " +
    "max memoryview min next object oct open ord pow print property range repr reversed " +
    "round set setattr slice sorted staticmethod str sum super tuple type vars zip self cls " +
    "Exception ValueError TypeError KeyError IndexError StopIteration RuntimeError " +
    "NotImplementedError ZeroDivisionError AttributeError NotImplemented Ellipsis");
  var SQL_KEYWORDS = words(
    "select from where and or not null is in between like ilike glob as on join inner left " +
    "right full outer cross natural using group by order having limit offset union all " +
    "intersect except distinct case when then else end asc desc nulls first last with " +
    "recursive insert into values update set delete create table view index drop alter add " +
    "column primary key foreign references unique default check exists cast over partition " +
    "rows range groups preceding following unbounded current row window filter true false " +
    "explain analyze begin commit rollback returning conflict do nothing if temp temporary " +
    "collate escape materialized lateral qualify any some interval");
  var SQL_FUNCTIONS = words(
    "count sum avg min max coalesce nullif ifnull iif round abs length lower upper substr " +
    "substring trim ltrim rtrim replace date datetime strftime julianday time printf instr " +
    "row_number rank dense_rank ntile lag lead first_value last_value nth_value percent_rank " +
    "cume_dist group_concat string_agg total json_extract date_trunc extract concat");

  var PY_NAME = /[A-Za-z_\u00c0-\uffff][\w\u00c0-\uffff]*/y;
  var PY_DOTTED = /[A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*/y;
  var PY_NUMBER = /0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?/y;
  var PY_PREFIX = /^(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])$/;
  var SQL_NAME = /[A-Za-z_][\w$]*/y;
  var SQL_NUMBER = /(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/y;

  function matchLength(re, text, at) {
    re.lastIndex = at;
    var m = re.exec(text);
    return m ? m[0].length : 0;
  }

  function lineEnd(text, at) {
    var e = text.indexOf("\n", at);
    return e < 0 ? text.length : e;
  }

  function lineStart(text, at) {
    return text.lastIndexOf("\n", at - 1) + 1;
  }

  function isDigit(c) { return c >= "0" && c <= "9"; }

  // ---- tokens, one line at a time --------------------------------------------------------
  // A tokenizer reads one line, given the state the line before left ("" for none, else a
  // short code for the string or comment still open), and returns the line's tokens
  // ({k: kind, s: start, e: end}: sorted, never overlapping, offsets within the line) and
  // the state it leaves. Lines are cached, so a keystroke re-reads one line, not all.

  function push(out, kind, s, e) {
    if (e > s) out.push({ k: kind, s: s, e: e });
  }

  // An f-string's replacement field "{...}", from its "{" to just past the matching "}"
  // (or to where the string or the line ends, when it is not closed there).
  function fieldEnd(line, at, quote, triple) {
    var depth = 0;
    for (var k = at; k < line.length; k++) {
      var c = line[k];
      if (c === "{") depth++;
      else if (c === "}" && --depth === 0) return k + 1;
      else if (!triple && c === quote) return k;
      else if (triple && line.substr(k, 3) === quote + quote + quote) return k;
    }
    return line.length;
  }

  // The body of a Python string from `j` (its first piece drawn from `start`): pushes its
  // pieces, an f-string's fields apart. The state it leaves is the quote, "3" when
  // triple-quoted, "f" for an f-string, when it runs past the line: a triple-quoted string,
  // or one whose line ends in a backslash.
  function pyStringBody(line, start, j, q, triple, isF, out) {
    var piece = start, closed = false;
    while (j < line.length) {
      var c = line[j];
      if (c === "\\") { j += 2; continue; }
      if (triple ? line.substr(j, 3) === q + q + q : c === q) {
        j += triple ? 3 : 1;
        closed = true;
        break;
      }
      if (isF && c === "{") {
        if (line[j + 1] === "{") { j += 2; continue; }
        var end = fieldEnd(line, j, q, triple);
        push(out, "string", piece, j);
        push(out, "interp", j, end);
        piece = j = end;
        continue;
      }
      j++;
    }
    var open = !closed && (triple || j > line.length);
    j = Math.min(j, line.length);
    push(out, "string", piece, j);
    return { end: j, state: open ? q + (triple ? "3" : "") + (isF ? "f" : "") : "" };
  }

  function pyString(line, start, quoteAt, prefix, out) {
    var q = line[quoteAt], triple = line.substr(quoteAt, 3) === q + q + q;
    return pyStringBody(line, start, quoteAt + (triple ? 3 : 1), q, triple, /[fF]/.test(prefix), out);
  }

  // A name: a keyword, a builtin, the name a def or class introduces, or a string prefix.
  function pyName(line, i, len, previous, out) {
    var word = line.substr(i, len), next = line[i + len];
    if ((next === '"' || next === "'") && PY_PREFIX.test(word)) {
      var string = pyString(line, i, i + len, word, out);
      return { end: string.end, word: "", state: string.state };
    }
    var kind = PY_KEYWORDS[word] ? "keyword"
      : previous === "def" || previous === "class" ? "name"
      : PY_BUILTINS[word] && line[i - 1] !== "." ? "builtin" : "";
    if (kind) push(out, kind, i, i + len);
    return { end: i + len, word: word, state: "" };
  }

  function tokenizePythonLine(line, state) {
    var out = [], i = 0, n = line.length, previous = "", first = true, len, r;
    if (state) {
      r = pyStringBody(line, 0, 0, state[0], state.indexOf("3") > 0, state.indexOf("f") > 0, out);
      if (r.state) return { tokens: out, state: r.state };
      i = r.end;
      first = false;
    }
    while (i < n) {
      var c = line[i];
      if (c === " " || c === "\t" || c === "\r" || c === "\f") { i++; continue; }
      var before = previous, atStart = first;
      previous = "";
      first = false;
      r = null;
      if (c === "#") {
        push(out, "comment", i, n);
        break;
      } else if (c === '"' || c === "'") {
        r = pyString(line, i, i, "", out);
      } else if (c === "@" && atStart && (len = matchLength(PY_DOTTED, line, i + 1))) {
        push(out, "decorator", i, (i = i + 1 + len));
      } else if (isDigit(c) || (c === "." && isDigit(line[i + 1] || ""))) {
        len = matchLength(PY_NUMBER, line, i) || 1;
        push(out, "number", i, (i += len));
      } else if ((len = matchLength(PY_NAME, line, i))) {
        r = pyName(line, i, len, before, out);
        previous = r.word;
      } else {
        i++;
      }
      if (r) {
        if (r.state) return { tokens: out, state: r.state };
        i = r.end;
      }
    }
    return { tokens: out, state: "" };
  }

  // A SQL comment, string or quoted name opened at `start` whose body starts at `at`, in
  // state "*" (a /* comment), "'" (a string) or '"' / "`" (a quoted name); a doubled quote
  // stands for itself. Pushes it; the state it leaves is its own if it runs past the line.
  function sqlOpen(line, start, at, state, out) {
    var n = line.length, end = -1;
    if (state === "*") {
      end = line.indexOf("*/", at);
      end = end < 0 ? -1 : end + 2;
    } else {
      for (var j = at; j < n && end < 0; j++) {
        if (line[j] !== state) continue;
        if (line[j + 1] === state) { j++; continue; }
        end = j + 1;
      }
    }
    var kind = state === "*" ? "comment" : state === "'" ? "string" : "ident";
    push(out, kind, start, end < 0 ? n : end);
    return end < 0 ? { end: n, state: state } : { end: end, state: "" };
  }

  function tokenizeSqlLine(line, state) {
    var out = [], i = 0, n = line.length, len, r;
    if (state) {
      r = sqlOpen(line, 0, 0, state, out);
      if (r.state) return { tokens: out, state: r.state };
      i = r.end;
    }
    while (i < n) {
      var c = line[i];
      r = null;
      if (c === "-" && line[i + 1] === "-") {
        push(out, "comment", i, n);
        break;
      } else if (c === "/" && line[i + 1] === "*") {
        r = sqlOpen(line, i, i + 2, "*", out);
      } else if (c === "'" || c === '"' || c === "`") {
        r = sqlOpen(line, i, i + 1, c, out);
      } else if (isDigit(c) || (c === "." && isDigit(line[i + 1] || ""))) {
        len = matchLength(SQL_NUMBER, line, i) || 1;
        push(out, "number", i, (i += len));
      } else if ((len = matchLength(SQL_NAME, line, i))) {
        var word = line.substr(i, len).toLowerCase();
        var kind = SQL_KEYWORDS[word] ? "keyword" : SQL_FUNCTIONS[word] ? "builtin" : "";
        if (kind && line[i - 1] !== ".") push(out, kind, i, i + len);
        i += len;
      } else {
        i++;
      }
      if (r) {
        if (r.state) return { tokens: out, state: r.state };
        i = r.end;
      }
    }
    return { tokens: out, state: "" };
  }

  function lineKey(text, tokens) {
    var key = "";
    for (var i = 0; i < tokens.length; i++) key += tokens[i].k + tokens[i].s + "-" + tokens[i].e + ";";
    return key + "|" + text;
  }

  // Tokenize the coloured lines, reusing each cached line whose text and starting state are
  // unchanged. A line is looked for at its index, then at its index shifted by the change
  // in line count (the lines below an inserted or deleted one). Also records where each
  // line starts in the text.
  function tokenizeLines(ed, lines) {
    var old = ed.cache, fresh = new Array(lines.length), offsets = new Array(lines.length);
    var tokenize = ed.lang === "sql" ? tokenizeSqlLine : tokenizePythonLine;
    var shift = lines.length - old.length, state = "", at = 0;
    for (var i = 0; i < lines.length; i++) {
      var text = lines[i], hit = old[i] && old[i].text === text ? old[i] : null;
      var moved = old[i - shift];
      if (!hit && moved && moved.text === text) hit = moved;
      if (!hit || hit.stateIn !== state) {
        var r = tokenize(text, state);
        hit = { text: text, stateIn: state, tokens: r.tokens, state: r.state, key: lineKey(text, r.tokens) };
      }
      fresh[i] = hit;
      offsets[i] = at;
      at += text.length + 1;
      state = hit.state;
    }
    ed.cache = fresh;
    ed.offsets = offsets;
  }

  // Where colouring stops: the end of line MAX_COLOURED_LINES, or the end of the text.
  function colourLimit(text) {
    var at = -1;
    for (var line = 0; line < MAX_COLOURED_LINES; line++) {
      at = text.indexOf("\n", at + 1);
      if (at < 0) return text.length;
    }
    return at;
  }

  // ---- bracket matching ------------------------------------------------------------------

  // The strings, comments and quoted names, as sorted [start, end) lists to jump over.
  function skippedRanges(ed) {
    var starts = [], ends = [];
    ed.cache.forEach(function (line, i) {
      line.tokens.forEach(function (t) {
        if (SKIPPED[t.k]) {
          starts.push(ed.offsets[i] + t.s);
          ends.push(ed.offsets[i] + t.e);
        }
      });
    });
    return { starts: starts, ends: ends };
  }

  // Index of the last range starting at or before `at` (-1 if none).
  function rangeBefore(ranges, at) {
    var lo = 0, hi = ranges.starts.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (ranges.starts[mid] <= at) { found = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return found;
  }

  function isSkipped(ranges, at) {
    var r = rangeBefore(ranges, at);
    return r >= 0 && at < ranges.ends[r];
  }

  // The position of the bracket that pairs with the one at `at`, or -1: a scan that counts
  // nesting of the same kind and jumps over strings and comments.
  function matchingBracket(text, ranges, at) {
    var c = text[at], forward = !!OPEN[c], other = forward ? OPEN[c] : CLOSE[c];
    var depth = 0, step = forward ? 1 : -1, r = rangeBefore(ranges, at);
    for (var k = at; k >= 0 && k < text.length; k += step) {
      if (forward) {
        while (r + 1 < ranges.starts.length && ranges.starts[r + 1] <= k) r++;
        if (r >= 0 && k < ranges.ends[r]) { k = ranges.ends[r] - 1; continue; }
      } else {
        while (r >= 0 && ranges.starts[r] > k) r--;
        if (r >= 0 && k < ranges.ends[r]) { k = ranges.starts[r]; continue; }
      }
      if (text[k] === c) depth++;
      else if (text[k] === other && --depth === 0) return k;
    }
    return -1;
  }

  // The bracket beside the caret (the one before it first) and its partner, as marks.
  function bracketMarks(text, ranges, caret) {
    var spots = [caret - 1, caret];
    for (var i = 0; i < spots.length; i++) {
      var at = spots[i], c = text[at];
      if (at < 0 || !(OPEN[c] || CLOSE[c]) || isSkipped(ranges, at)) continue;
      var partner = matchingBracket(text, ranges, at);
      if (partner < 0) return [{ k: "unmatched", s: at, e: at + 1 }];
      var a = Math.min(at, partner), b = Math.max(at, partner);
      return [{ k: "bracket", s: a, e: a + 1 }, { k: "bracket", s: b, e: b + 1 }];
    }
    return [];
  }

  // ---- drawing ---------------------------------------------------------------------------

  function element(tag, className) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    return node;
  }

  // A line's tokens with the bracket marks slotted in (brackets never fall inside a token).
  function withMarks(tokens, marks) {
    if (!marks) return tokens;
    return tokens.concat(marks).sort(function (a, b) { return a.s - b.s; });
  }

  // One line as spans and text nodes (the user's text is never parsed as HTML).
  function lineElement(text, pieces) {
    var div = element("div", "ed-ln"), pos = 0;
    pieces.forEach(function (m) {
      if (m.s > pos) div.appendChild(document.createTextNode(text.slice(pos, m.s)));
      var span = element("span", "tok-" + m.k);
      span.textContent = text.slice(m.s, m.e);
      div.appendChild(span);
      pos = m.e;
    });
    if (pos < text.length) div.appendChild(document.createTextNode(text.slice(pos)));
    return div;
  }

  // Redraw only the lines whose key changed: the unchanged lines at the start and at the
  // end stay, so a keystroke in a long text redraws one line, not thousands.
  function patchLines(ed, keys, draw) {
    var old = ed.keys, box = ed.box, n = keys.length, m = old.length, head = 0, tail = 0;
    while (head < n && head < m && old[head] === keys[head]) head++;
    while (tail < n - head && tail < m - head && old[m - 1 - tail] === keys[n - 1 - tail]) tail++;
    for (var gone = m - tail - head; gone > 0; gone--) box.removeChild(box.children[head]);
    var frag = document.createDocumentFragment();
    for (var i = head; i < n - tail; i++) frag.appendChild(draw(i));
    box.insertBefore(frag, box.children[head] || null);
    ed.keys = keys;
  }

  // The index of the line holding `at` (a binary search of the line starts).
  function lineOf(ed, at) {
    var lo = 0, hi = ed.offsets.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (ed.offsets[mid] <= at) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The coloured lines (with the bracket marks), then the rest of a very long text as one
  // plain block (the space keeps a last empty line as tall as the textarea's).
  function paint(ed, text, marks) {
    var byLine = {};
    marks.forEach(function (m) {
      if (m.s >= ed.limit) return;
      var i = lineOf(ed, m.s), at = ed.offsets[i];
      (byLine[i] = byLine[i] || []).push({ k: m.k, s: m.s - at, e: m.e - at });
    });
    var keys = ed.cache.map(function (line, i) {
      return byLine[i] ? line.key + "#" + byLine[i].map(function (m) { return m.s; }).join() : line.key;
    });
    patchLines(ed, keys, function (i) {
      return lineElement(ed.cache[i].text, withMarks(ed.cache[i].tokens, byLine[i]));
    });
    var rest = ed.limit < text.length ? text.slice(ed.limit + 1) + " " : "";
    if (ed.rest.textContent !== rest) ed.rest.textContent = rest;
    ed.rest.hidden = !rest;
  }

  function countLines(text) {
    var count = 1, at = -1;
    while ((at = text.indexOf("\n", at + 1)) >= 0) count++;
    return count;
  }

  function numberLines(ed, count) {
    if (count === ed.lines) return;
    var parts = new Array(count);
    for (var i = 0; i < count; i++) parts[i] = String(i + 1);
    ed.numbers.textContent = parts.join("\n");
    ed.root.style.setProperty("--digits", String(String(count).length));
    ed.root.setAttribute("data-lines", String(count));
    ed.lines = count;
  }

  function syncScroll(ed) {
    var x = ed.area.scrollLeft, y = ed.area.scrollTop;
    ed.code.style.transform = "translate(" + -x + "px," + -y + "px)";
    ed.numbers.style.transform = "translateY(" + -y + "px)";
  }

  function render(ed) {
    ed.pending = false;
    var text = ed.area.value;
    if (text !== ed.text) {
      ed.text = text;
      ed.limit = colourLimit(text);
      tokenizeLines(ed, text.slice(0, ed.limit).split("\n"));
      ed.ranges = skippedRanges(ed);
      ed.capped.hidden = ed.limit >= text.length;
      numberLines(ed, countLines(text));
      ed.drawn = null;
    }
    var focused = document.activeElement === ed.area;
    var caret = ed.area.selectionStart === ed.area.selectionEnd ? ed.area.selectionStart : -2;
    var marks = focused && caret >= 0 ? bracketMarks(text, ed.ranges, caret) : [];
    var key = marks.map(function (m) { return m.s; }).join(",");
    if (ed.drawn !== key) {
      paint(ed, text, marks);
      ed.drawn = key;
    }
    syncScroll(ed);
  }

  // Colour on the next frame, once however many events asked for it.
  function schedule(ed) {
    if (ed.pending) return;
    ed.pending = true;
    window.requestAnimationFrame(function () { render(ed); });
  }

  // ---- editing ---------------------------------------------------------------------------

  // Replace [start, end) with `text` as if typed, so the browser's undo history keeps it;
  // where the browser cannot, set the value directly and say so with an input event.
  function replaceRange(area, start, end, text) {
    var before = area.value;
    var expected = before.slice(0, start) + text + before.slice(end);
    area.setSelectionRange(start, end);
    var done = false;
    try {
      done = text === "" ? document.execCommand("delete", false)
        : document.execCommand("insertText", false, text);
    } catch (error) {
      done = false;
    }
    if (!done || area.value !== expected) {
      area.value = expected;
      area.dispatchEvent(new Event("input", { bubbles: true }));
    }
  }

  // Tab / Shift+Tab: indent to the next stop at the caret, or indent / dedent every line
  // the selection touches (a selection ending at a line's start leaves that line alone).
  function indent(ed, back) {
    var area = ed.area, text = area.value;
    var s = area.selectionStart, e = area.selectionEnd;
    var multi = text.slice(s, e).indexOf("\n") >= 0;
    if (!back && !multi) {
      var column = s - lineStart(text, s);
      replaceRange(area, s, e, INDENT.slice(column % INDENT.length));
      return;
    }
    var from = lineStart(text, s);
    var to = lineEnd(text, e > s && text[e - 1] === "\n" ? e - 1 : e);
    var lines = text.slice(from, to).split("\n");
    var changes = lines.map(function (line) {
      if (!back) return line.length || !multi ? INDENT.length : 0;
      var lead = /^( {1,4}|\t)?/.exec(line)[0];
      return -lead.length;
    });
    var block = lines.map(function (line, i) {
      return changes[i] >= 0 ? INDENT.slice(0, changes[i]) + line : line.slice(-changes[i]);
    }).join("\n");
    if (block === text.slice(from, to)) return;
    var total = changes.reduce(function (a, b) { return a + b; }, 0);
    replaceRange(area, from, to, block);
    var start = s === from && !back ? s : Math.max(from, s + changes[0]);
    area.setSelectionRange(start, Math.max(start, e + total));
  }

  // The part of a line that decides the next line's indentation (a Python comment cut off).
  function codeOf(ed, line) {
    if (ed.lang === "python" && line.indexOf("#") >= 0 && !/["']/.test(line)) {
      line = line.slice(0, line.indexOf("#"));
    }
    return line.replace(/\s+$/, "");
  }

  // Enter: the new line starts at the current one's indentation, one level deeper after
  // a ":" in Python or an opening bracket; between a pair "(|)" the closer moves down too.
  function newline(ed) {
    var area = ed.area, text = area.value;
    var s = area.selectionStart, e = area.selectionEnd;
    var line = text.slice(lineStart(text, s), s);
    var base = /^[ \t]*/.exec(line)[0], last = codeOf(ed, line).slice(-1);
    var deeper = (ed.lang === "python" && last === ":") || !!OPEN[last];
    var inside = base + (deeper ? INDENT : "");
    var tail = OPEN[last] && text[e] === OPEN[last] && s === e ? "\n" + base : "";
    replaceRange(area, s, e, "\n" + inside + tail);
    var caret = s + 1 + inside.length;
    area.setSelectionRange(caret, caret);
  }

  // Backspace in the leading spaces removes back to the previous indentation stop, and
  // between a pair it just opened, both brackets.
  function backspace(ed) {
    var area = ed.area, text = area.value, s = area.selectionStart;
    if (s !== area.selectionEnd || s === 0) return false;
    var top = ed.closers[ed.closers.length - 1];
    if (OPEN[text[s - 1]] === text[s] && top === text.length - s) {
      ed.closers.pop();
      replaceRange(area, s - 1, s + 1, "");
      return true;
    }
    var before = text.slice(lineStart(text, s), s);
    if (!/^ +$/.test(before)) return false;
    var width = before.length % INDENT.length || INDENT.length;
    replaceRange(area, s - width, s, "");
    return true;
  }

  // An opening bracket typed before a space, a closer or the end also writes its closer;
  // typing that closer later steps over it instead of doubling it. Closers are remembered
  // by their distance from the end of the text, which typing inside the pair keeps.
  function bracket(ed, c) {
    var area = ed.area, text = area.value;
    var s = area.selectionStart, e = area.selectionEnd;
    if (CLOSE[c]) {
      var top = ed.closers[ed.closers.length - 1];
      if (s !== e || text[s] !== c || top !== text.length - s) return false;
      ed.closers.pop();
      area.setSelectionRange(s + 1, s + 1);
      schedule(ed);
      return true;
    }
    var next = text[e];
    if (s !== e || !(next === undefined || /[\s)\]},:;]/.test(next))) return false;
    replaceRange(area, s, e, c + OPEN[c]);
    area.setSelectionRange(s + 1, s + 1);
    ed.closers = ed.closers.filter(function (d) { return d <= text.length - e; });
    ed.closers.push(text.length - e + 1);
    return true;
  }

  function leaving(ed, on) {
    ed.tabLeaves = on;
    ed.leave.hidden = !on;
  }

  function onKeyDown(ed, event) {
    if (MODIFIERS[event.key] || event.isComposing) return;
    if (event.key === "Escape") { leaving(ed, true); return; }
    var free = ed.tabLeaves;
    leaving(ed, false);
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    var handled = true;
    if (event.key === "Tab") {
      if (free) return; // Escape then Tab: the browser moves the focus on
      indent(ed, event.shiftKey);
    } else if (event.key === "Enter") {
      newline(ed);
    } else if (event.key === "Backspace") {
      handled = backspace(ed);
    } else if (OPEN[event.key] || CLOSE[event.key]) {
      handled = bracket(ed, event.key);
    } else {
      handled = false;
    }
    if (handled) event.preventDefault();
  }

  // ---- setting up ------------------------------------------------------------------------

  function hint(area, root) {
    var id = "editor-keys-" + ++counter;
    var note = element("span", "ed-sr");
    note.id = id;
    note.textContent = "Code editor. Tab indents and Shift+Tab dedents; to leave the editor " +
      "with the keyboard, press Escape, then Tab.";
    root.appendChild(note);
    var described = area.getAttribute("aria-describedby");
    area.setAttribute("aria-describedby", described ? described + " " + id : id);
  }

  // A line of small print under the editor, hidden until it applies.
  function note(className, text) {
    var p = element("p", className);
    p.textContent = text;
    p.hidden = true;
    return p;
  }

  function build(area, lang) {
    var root = element("div", "ed");
    root.setAttribute("data-lang", lang);
    var gutter = element("div", "ed-gutter");
    gutter.setAttribute("aria-hidden", "true");
    var numbers = element("div", "ed-lines");
    gutter.appendChild(numbers);
    var body = element("div", "ed-body");
    var view = element("pre", "ed-view");
    view.setAttribute("aria-hidden", "true");
    var code = element("code", "");
    var box = element("div", "ed-box");
    var rest = element("div", "ed-rest");
    rest.hidden = true;
    code.appendChild(box);
    code.appendChild(rest);
    view.appendChild(code);
    var leave = note("ed-note ed-leave", "Tab now leaves the editor.");
    leave.setAttribute("aria-live", "polite");
    var capped = note("ed-note ed-capped-note",
      "Colouring stops after line " + MAX_COLOURED_LINES + "; the lines after it are plain text.");
    area.parentNode.insertBefore(root, area);
    body.appendChild(view);
    body.appendChild(area);
    root.appendChild(gutter);
    root.appendChild(body);
    root.parentNode.insertBefore(capped, root.nextSibling);
    root.parentNode.insertBefore(leave, root.nextSibling);
    hint(area, root);
    return {
      root: root, numbers: numbers, code: code, box: box, rest: rest, leave: leave, capped: capped,
    };
  }

  function enhance(area) {
    if (area.getAttribute("data-editor-ready")) return;
    area.setAttribute("data-editor-ready", "1");
    var lang = area.getAttribute("data-editor") === "sql" ? "sql" : "python";
    var parts = build(area, lang);
    var ed = {
      area: area, lang: lang, root: parts.root, numbers: parts.numbers, code: parts.code,
      box: parts.box, rest: parts.rest, leave: parts.leave, capped: parts.capped, text: null, limit: 0, cache: [],
      offsets: [], ranges: { starts: [], ends: [] }, keys: [], lines: 0, drawn: null,
      pending: false, tabLeaves: false, closers: [],
    };
    var redraw = function () { schedule(ed); };
    area.addEventListener("keydown", function (event) { onKeyDown(ed, event); });
    area.addEventListener("scroll", function () { syncScroll(ed); });
    ["input", "keyup", "mouseup", "select", "focus"].forEach(function (type) {
      area.addEventListener(type, redraw);
    });
    area.addEventListener("blur", function () { leaving(ed, false); schedule(ed); });
    area.addEventListener("mousedown", function () { ed.closers = []; });
    document.addEventListener("selectionchange", function () {
      if (document.activeElement === area) schedule(ed);
    });
    window.addEventListener("pageshow", redraw);
    if (area.form) area.form.addEventListener("reset", function () { setTimeout(redraw, 0); });
    parts.root.classList.add("ed-on");
    render(ed);
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("textarea[data-editor]"), enhance);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
