/*
 * TwinVal external-protocol example solver in C11 (libc and libm only).
 *
 * Models (same equations as TwinVal's built-in solvers):
 *   windkessel2       C dP/dt = Q_in(t) - P/R
 *                     Westerhof, Lankhaar & Westerhof 2009, Med. Biol. Eng. Comput. 47:131-141,
 *                     doi:10.1007/s11517-008-0359-2, eq. 2.
 *   passive-membrane  C_m dV/dt = -(V - E_L)/R_m + I_stim(t)
 *                     Koch 1999, Biophysics of Computation, ch. 1, doi:10.1093/oso/9780195104912.001.0001.
 *   gompertz          dV/dt = beta V ln(K/V)
 *                     Benzekry et al. 2014, PLoS Comput. Biol. 10:e1003800, doi:10.1371/journal.pcbi.1003800, eq. 4.
 *
 * Method: classical fourth-order Runge-Kutta with fixed substeps no longer than tau/400 (local error ~(h/tau)^5, far
 * below the bundled cases' tolerances), restarted exactly at every input discontinuity; piecewise-constant inputs
 * are evaluated at the midpoint of the current jump-free segment, so a stage at a jump takes its own side's value.
 *
 * Build:  cc -O2 -std=c11 -o solver solver.c -lm
 * Usage:  solver INPUT_JSON OUTDIR   (writes OUTDIR/output.csv)
 *         solver --version
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define VERSION "1.0.0"
#define MAX_STEP_FRACTION (1.0 / 400.0)
#define MAX_JUMPS 4096
#define TWO_PI 6.283185307179586476925286766559

/* ---- a minimal JSON reader: enough for input.json (objects, arrays, numbers, strings, true/false/null) ---- */

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } jtype;
typedef struct json {
    jtype type;
    double num;
    char *str;            /* J_STR value */
    char **keys;          /* J_OBJ keys */
    struct json **items;  /* J_ARR / J_OBJ values */
    size_t count;
} json;

static const char *p;

static void fail(const char *what) {
    fprintf(stderr, "error: %s\n", what);
    exit(2);
}

static void ws(void) { while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t') p++; }

static json *parse_value(void);

static char *parse_string(void) {
    if (*p != '"') fail("malformed input.json: expected a string");
    p++;
    size_t cap = 16, n = 0;
    char *s = malloc(cap);
    while (*p && *p != '"') {
        char c = *p++;
        if (c == '\\') {
            c = *p++;
            if (c == 'n') c = '\n'; else if (c == 't') c = '\t'; else if (c == 'u') fail("\\u escapes are not supported by this example");
        }
        if (n + 2 > cap) s = realloc(s, cap *= 2);
        s[n++] = c;
    }
    if (*p != '"') fail("malformed input.json: unterminated string");
    p++;
    s[n] = '\0';
    return s;
}

static json *node(jtype t) { json *j = calloc(1, sizeof *j); j->type = t; return j; }

static void push(json *j, char *key, json *v) {
    j->items = realloc(j->items, (j->count + 1) * sizeof *j->items);
    if (key) { j->keys = realloc(j->keys, (j->count + 1) * sizeof *j->keys); j->keys[j->count] = key; }
    j->items[j->count++] = v;
}

static json *parse_value(void) {
    ws();
    if (*p == '{' || *p == '[') {
        int object = *p == '{';
        json *j = node(object ? J_OBJ : J_ARR);
        p++; ws();
        if (*p == (object ? '}' : ']')) { p++; return j; }
        for (;;) {
            char *key = NULL;
            if (object) { ws(); key = parse_string(); ws(); if (*p++ != ':') fail("malformed input.json: expected ':'"); }
            push(j, key, parse_value());
            ws();
            if (*p == ',') { p++; continue; }
            if (*p++ != (object ? '}' : ']')) fail("malformed input.json: expected ',' or a closing bracket");
            return j;
        }
    }
    if (*p == '"') { json *j = node(J_STR); j->str = parse_string(); return j; }
    if (!strncmp(p, "true", 4)) { p += 4; json *j = node(J_BOOL); j->num = 1; return j; }
    if (!strncmp(p, "false", 5)) { p += 5; return node(J_BOOL); }
    if (!strncmp(p, "null", 4)) { p += 4; return node(J_NULL); }
    char *end;
    double v = strtod(p, &end);
    if (end == p) fail("malformed input.json: unexpected character");
    p = end;
    json *j = node(J_NUM); j->num = v;
    return j;
}

static json *get(const json *j, const char *key) {
    if (j && j->type == J_OBJ)
        for (size_t i = 0; i < j->count; i++) if (!strcmp(j->keys[i], key)) return j->items[i];
    return NULL;
}

static double num(const json *j, const char *what) {
    if (!j || j->type != J_NUM) { fprintf(stderr, "error: %s is missing or not a number\n", what); exit(2); }
    return j->num;
}

static const char *str(const json *j, const char *what) {
    if (!j || j->type != J_STR) { fprintf(stderr, "error: %s is missing or not a string\n", what); exit(2); }
    return j->str;
}

/* ---- units: SI factor of each symbol the bundled cases use; anything else is refused, never guessed ---- */

static const struct { const char *symbol; double si; } UNITS[] = {
    {"s", 1.0}, {"ms", 1e-3}, {"min", 60.0}, {"h", 3600.0}, {"day", 86400.0},
    {"mmHg", 133.322387415}, {"Pa", 1.0}, {"kPa", 1e3},
    {"mL", 1e-6}, {"L", 1e-3}, {"mm^3", 1e-9}, {"cm^3", 1e-6}, {"mL/s", 1e-6},
    {"mmHg*s/mL", 133.322387415 / 1e-6}, {"mL/mmHg", 1e-6 / 133.322387415},
    {"mV", 1e-3}, {"V", 1.0},
    {"\xC2\xB5" "F/cm^2", 1e-2}, {"k\xCE\xA9*cm^2", 1e-1}, {"\xC2\xB5" "A/cm^2", 1e-2},
    {"1/day", 1.0 / 86400.0}, {"1/s", 1.0}, {"Hz", 1.0}, {"1", 1.0},
};

static double unit_si(const char *symbol) {
    for (size_t i = 0; i < sizeof UNITS / sizeof UNITS[0]; i++) if (!strcmp(UNITS[i].symbol, symbol)) return UNITS[i].si;
    fprintf(stderr, "error: unit '%s' is not in this solver's unit table\n", symbol);
    exit(2);
}

static double quantity_si(const json *q, const char *what) {
    return num(get(q, "value"), what) * unit_si(str(get(q, "unit"), what));
}

static double named_si(const json *list, const char *name, const char *what) {
    for (size_t i = 0; list && i < list->count; i++)
        if (!strcmp(str(get(list->items[i], "name"), "name"), name)) return quantity_si(get(list->items[i], "quantity"), name);
    fprintf(stderr, "error: missing %s '%s'\n", what, name);
    exit(2);
}

/* ---- inputs ---- */

typedef struct {
    int kind; /* 0 none, 1 constant, 2 step, 3 pulse, 4 sine, 5 tabulated */
    double value, before, after, onset, duration, period, baseline, amplitude, mean, freq, phase;
    long count; /* -1: unbounded */
    size_t rows; /* tabulated: row times (s) and values (SI); periodic with period t[last] - t[0] when nonzero */
    double *times, *values;
    int periodic;
} signal;

static double jumps[MAX_JUMPS];
static int njumps;

static signal read_signal(const json *request, const char *name) {
    signal s = {0};
    const json *inputs = get(get(request, "protocol"), "inputs");
    for (size_t i = 0; inputs && i < inputs->count; i++) {
        const json *in = inputs->items[i];
        if (strcmp(str(get(in, "name"), "name"), name)) continue;
        double f = unit_si(str(get(in, "unit"), "unit"));
        const char *kind = str(get(in, "kind"), "kind");
        if (!strcmp(kind, "constant")) { s.kind = 1; s.value = num(get(in, "value"), "value") * f; }
        else if (!strcmp(kind, "step")) {
            s.kind = 2; s.before = num(get(in, "before"), "before") * f; s.after = num(get(in, "after"), "after") * f;
            s.onset = quantity_si(get(in, "onset"), "onset"); jumps[njumps++] = s.onset;
        } else if (!strcmp(kind, "pulse")) {
            s.kind = 3; s.baseline = num(get(in, "baseline"), "baseline") * f; s.amplitude = num(get(in, "amplitude"), "amplitude") * f;
            s.onset = quantity_si(get(in, "onset"), "onset"); s.duration = quantity_si(get(in, "duration"), "duration");
            const json *period = get(in, "period"), *count = get(in, "count");
            s.period = period && period->type == J_OBJ ? quantity_si(period, "period") : 0.0;
            s.count = count && count->type == J_NUM ? (long)count->num : -1;
            long n = s.period > 0 ? (s.count >= 0 ? s.count : (MAX_JUMPS - njumps) / 2) : 1;
            for (long k = 0; k < n && njumps + 2 <= MAX_JUMPS; k++) {
                jumps[njumps++] = s.onset + k * s.period;
                jumps[njumps++] = s.onset + k * s.period + s.duration;
            }
        } else if (!strcmp(kind, "sine")) {
            s.kind = 4; s.mean = num(get(in, "mean"), "mean") * f; s.amplitude = num(get(in, "amplitude"), "amplitude") * f;
            s.freq = quantity_si(get(in, "frequency"), "frequency"); s.phase = num(get(in, "phaseRadians"), "phaseRadians");
        } else if (!strcmp(kind, "tabulated")) {
            /* Linear interpolation; every row time (of every repeated period) is a segment boundary, so RK4 never
               steps across a kink. */
            const json *times = get(in, "timesSeconds"), *values = get(in, "values"), *periodic = get(in, "periodic");
            if (!times || !values || times->count < 2 || times->count != values->count) { fprintf(stderr, "error: tabulated input '%s' needs timesSeconds and values of equal length >= 2\n", name); exit(2); }
            s.kind = 5; s.rows = times->count; s.periodic = periodic && periodic->type == J_BOOL && periodic->num != 0;
            s.times = malloc(s.rows * sizeof *s.times); s.values = malloc(s.rows * sizeof *s.values);
            if (!s.times || !s.values) { fprintf(stderr, "error: out of memory\n"); exit(2); }
            for (size_t k = 0; k < s.rows; k++) { s.times[k] = num(times->items[k], "timesSeconds"); s.values[k] = num(values->items[k], "values") * f; }
            double first = s.times[0], span = s.times[s.rows - 1] - first;
            double end = quantity_si(get(get(request, "protocol"), "endTime"), "protocol.endTime");
            long repeats = s.periodic ? (long)ceil((end - first) / span) + 1 : 1;
            for (long r = 0; r < repeats; r++)
                for (size_t k = 0; k < s.rows && njumps < MAX_JUMPS; k++) jumps[njumps++] = s.times[k] + r * span;
            if (njumps >= MAX_JUMPS) { fprintf(stderr, "error: tabulated input '%s' has too many rows for this example\n", name); exit(2); }
        } else { fprintf(stderr, "error: input kind '%s' is not supported\n", kind); exit(2); }
    }
    return s;
}

static double signal_at(const signal *s, double t, double mid) {
    switch (s->kind) {
    case 1: return s->value;
    case 2: return mid < s->onset ? s->before : s->after;
    case 3: {
        if (mid < s->onset) return s->baseline;
        double since = mid - s->onset;
        if (s->period > 0) {
            double k = floor(since / s->period);
            if (s->count >= 0 && k >= s->count) return s->baseline;
            since -= k * s->period;
        }
        return since < s->duration ? s->baseline + s->amplitude : s->baseline;
    }
    case 4: return s->mean + s->amplitude * sin(TWO_PI * s->freq * t + s->phase);
    case 5: {
        double first = s->times[0], span = s->times[s->rows - 1] - first;
        double shift = s->periodic ? floor((mid - first) / span) * span : 0.0;
        size_t k = 0;
        while (k + 2 < s->rows && s->times[k + 1] <= mid - shift) k++;
        double w = (t - shift - s->times[k]) / (s->times[k + 1] - s->times[k]);
        return s->values[k] + w * (s->values[k + 1] - s->values[k]);
    }
    default: return 0.0;
    }
}

/* ---- models ---- */

typedef struct { int model; double a, b, c; signal in; } system_t;

static double rhs(const system_t *m, double t, double mid, double y) {
    switch (m->model) {
    case 0: return (signal_at(&m->in, t, mid) - y / m->a) / m->b;                    /* windkessel2: a = R, b = C */
    case 1: return (-(y - m->c) / m->b + signal_at(&m->in, t, mid)) / m->a;         /* membrane: a = C_m, b = R_m, c = E_L */
    default: return m->a * y * log(m->b / y);                                       /* gompertz: a = beta, b = K */
    }
}

static double rk4(const system_t *m, double t0, double t1, double y, double hmax) {
    long n = (long)ceil((t1 - t0) / hmax);
    if (n < 1) n = 1;
    double h = (t1 - t0) / n, mid = 0.5 * (t0 + t1);
    for (long i = 0; i < n; i++) {
        double t = t0 + i * h;
        double k1 = rhs(m, t, mid, y);
        double k2 = rhs(m, t + h / 2, mid, y + h / 2 * k1);
        double k3 = rhs(m, t + h / 2, mid, y + h / 2 * k2);
        double k4 = rhs(m, t + h, mid, y + h * k3);
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
    }
    return y;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc == 2 && !strcmp(argv[1], "--version")) { puts(VERSION); return 0; }
    if (argc != 3) { fputs("usage: solver INPUT_JSON OUTDIR | --version\n", stderr); return 2; }

    FILE *f = fopen(argv[1], "rb");
    if (!f) fail("cannot open input.json");
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)size + 1);
    if (fread(text, 1, (size_t)size, f) != (size_t)size) fail("cannot read input.json");
    text[size] = '\0';
    fclose(f);
    p = text;
    json *request = parse_value();

    const char *model = str(get(get(request, "model"), "id"), "model.id");
    const json *params = get(request, "parameters"), *initial = get(request, "initialState");
    system_t m = {0};
    const char *state;
    double y, tau;
    if (!strcmp(model, "windkessel2")) {
        m.model = 0; m.a = named_si(params, "R", "parameter"); m.b = named_si(params, "C", "parameter");
        m.in = read_signal(request, "Q_in"); state = "P"; y = named_si(initial, "P", "initial value"); tau = m.a * m.b;
    } else if (!strcmp(model, "passive-membrane")) {
        m.model = 1; m.a = named_si(params, "C_m", "parameter"); m.b = named_si(params, "R_m", "parameter");
        m.c = named_si(params, "E_L", "parameter"); m.in = read_signal(request, "I_stim");
        state = "V"; y = named_si(initial, "V", "initial value"); tau = m.a * m.b;
    } else if (!strcmp(model, "gompertz")) {
        m.model = 2; m.a = named_si(params, "beta", "parameter"); m.b = named_si(params, "K", "parameter");
        state = "V"; y = named_si(initial, "V", "initial value");
        /* The fastest rate is at the smallest volume: beta·ln(K/V0). */
        double lk = log(m.b / y);
        tau = 1.0 / (m.a * (lk > 1.0 ? lk : 1.0));
    } else { fprintf(stderr, "error: model '%s' is not implemented\n", model); return 2; }

    const json *outputs = get(request, "outputs"), *variables = get(outputs, "variables"), *times = get(outputs, "sampleTimes");
    if (!variables || variables->count != 1 || strcmp(str(get(variables->items[0], "name"), "name"), state)) {
        fprintf(stderr, "error: this solver reports exactly the state '%s'\n", state);
        return 2;
    }
    const char *time_unit = str(get(outputs, "timeUnit"), "outputs.timeUnit");
    const char *out_unit = str(get(variables->items[0], "unit"), "unit");
    double tf = unit_si(time_unit), of = unit_si(out_unit);
    qsort(jumps, (size_t)njumps, sizeof jumps[0], compare);

    char path[4096];
    snprintf(path, sizeof path, "%s/output.csv", argv[2]);
    FILE *out = fopen(path, "w");
    if (!out) fail("cannot create output.csv");
    fprintf(out, "time [%s],%s [%s]\n", time_unit, state, out_unit);
    double t = quantity_si(get(get(request, "protocol"), "startTime"), "protocol.startTime"), hmax = tau * MAX_STEP_FRACTION;
    /* A case may prescribe the method and step (solution-verification ladders): honour them or refuse, never ignore. */
    const json *numerics = get(request, "numerics"), *method = get(numerics, "method"), *fixed = get(numerics, "fixedStep");
    int prescribed = method && method->type == J_STR;
    if (prescribed && strcmp(method->str, "rk4")) { fprintf(stderr, "error: numerics.method '%s' is not implemented; this solver implements 'rk4'\n", method->str); exit(2); }
    if (prescribed && (!fixed || fixed->type != J_OBJ)) { fprintf(stderr, "error: numerics.method 'rk4' needs numerics.fixedStep\n"); exit(2); }
    if (fixed && fixed->type == J_OBJ) hmax = quantity_si(fixed, "numerics.fixedStep");
    for (size_t i = 0; times && i < times->count; i++) {
        double sample = times->items[i]->num * tf;
        for (int j = 0; j < njumps; j++)
            if (jumps[j] > t && jumps[j] < sample) { y = rk4(&m, t, jumps[j], y, hmax); t = jumps[j]; }
        if (sample > t) { y = rk4(&m, t, sample, y, hmax); t = sample; }
        fprintf(out, "%.17g,%.17g\n", sample / tf, y / of);
    }
    return fclose(out) == 0 ? 0 : 3;
}
