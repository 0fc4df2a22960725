/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $String = $util.global.String, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const outpost = $root.outpost = (() => {

    const outpost = {};

    outpost.v1 = (function() {

        const v1 = {};

        v1.SeqRange = (function() {

            const SeqRange = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SeqRange.prototype.first = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            SeqRange.prototype.last = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            SeqRange.create = function(properties) {
                return new SeqRange(properties);
            };

            SeqRange.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.first != null && $Object.hasOwnProperty.call(message, "first") && (typeof message.first === "object" ? message.first.low || message.first.high : message.first !== 0))
                    writer.uint32(8).uint64(message.first);
                if (message.last != null && $Object.hasOwnProperty.call(message, "last") && (typeof message.last === "object" ? message.last.low || message.last.high : message.last !== 0))
                    writer.uint32(16).uint64(message.last);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SeqRange.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SeqRange.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.SeqRange();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.first = value;
                            else
                                delete message.first;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.last = value;
                            else
                                delete message.last;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SeqRange.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SeqRange.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.first != null && $Object.hasOwnProperty.call(message, "first"))
                    if (!$util.isInteger(message.first) && !(message.first && $util.isInteger(message.first.low) && $util.isInteger(message.first.high)))
                        return "first: integer|Long expected";
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (!$util.isInteger(message.last) && !(message.last && $util.isInteger(message.last.low) && $util.isInteger(message.last.high)))
                        return "last: integer|Long expected";
                return null;
            };

            SeqRange.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.SeqRange)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.SeqRange: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.SeqRange();
                if (object.first != null)
                    if (typeof object.first === "object" ? object.first.low || object.first.high : $Number(object.first) !== 0)
                        if ($util.Long)
                            message.first = $util.Long.fromValue(object.first, true);
                        else if (typeof object.first === "string")
                            message.first = $parseInt(object.first, 10);
                        else if (typeof object.first === "number")
                            message.first = object.first;
                        else if (typeof object.first === "object")
                            message.first = new $util.LongBits(object.first.low >>> 0, object.first.high >>> 0).toNumber(true);
                if (object.last != null)
                    if (typeof object.last === "object" ? object.last.low || object.last.high : $Number(object.last) !== 0)
                        if ($util.Long)
                            message.last = $util.Long.fromValue(object.last, true);
                        else if (typeof object.last === "string")
                            message.last = $parseInt(object.last, 10);
                        else if (typeof object.last === "number")
                            message.last = object.last;
                        else if (typeof object.last === "object")
                            message.last = new $util.LongBits(object.last.low >>> 0, object.last.high >>> 0).toNumber(true);
                return message;
            };

            SeqRange.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.first = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.first = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.last = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.last = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.first != null && $Object.hasOwnProperty.call(message, "first"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.first = typeof message.first === "number" ? $BigInt(message.first) : $util.Long.fromBits(message.first.low >>> 0, message.first.high >>> 0, true).toBigInt();
                    else if (typeof message.first === "number")
                        object.first = options.longs === $String ? $String(message.first) : message.first;
                    else
                        object.first = options.longs === $String ? $util.Long.prototype.toString.call(message.first) : options.longs === $Number ? new $util.LongBits(message.first.low >>> 0, message.first.high >>> 0).toNumber(true) : message.first;
                if (message.last != null && $Object.hasOwnProperty.call(message, "last"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.last = typeof message.last === "number" ? $BigInt(message.last) : $util.Long.fromBits(message.last.low >>> 0, message.last.high >>> 0, true).toBigInt();
                    else if (typeof message.last === "number")
                        object.last = options.longs === $String ? $String(message.last) : message.last;
                    else
                        object.last = options.longs === $String ? $util.Long.prototype.toString.call(message.last) : options.longs === $Number ? new $util.LongBits(message.last.low >>> 0, message.last.high >>> 0).toNumber(true) : message.last;
                return object;
            };

            SeqRange.prototype.toJSON = function() {
                return SeqRange.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SeqRange;
        })();

        v1.Ack = (function() {

            const Ack = function (properties) {
                this.ranges = [];
                this.rejected = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Ack.prototype.storeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Ack.prototype.ranges = $util.emptyArray;
            Ack.prototype.rejected = $util.emptyArray;
            Ack.prototype.reason = "";
            Ack.prototype.timeUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Ack.prototype.duplicates = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            Ack.create = function(properties) {
                return new Ack(properties);
            };

            Ack.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId") && (typeof message.storeId === "object" ? message.storeId.low || message.storeId.high : message.storeId !== 0))
                    writer.uint32(9).fixed64(message.storeId);
                if (message.ranges != null && message.ranges.length)
                    for (let i = 0; i < message.ranges.length; ++i)
                        $root.outpost.v1.SeqRange.encode(message.ranges[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.rejected != null && message.rejected.length)
                    for (let i = 0; i < message.rejected.length; ++i)
                        $root.outpost.v1.SeqRange.encode(message.rejected[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs") && (typeof message.timeUnixMs === "object" ? message.timeUnixMs.low || message.timeUnixMs.high : message.timeUnixMs !== 0))
                    writer.uint32(40).int64(message.timeUnixMs);
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates") && (typeof message.duplicates === "object" ? message.duplicates.low || message.duplicates.high : message.duplicates !== 0))
                    writer.uint32(48).uint64(message.duplicates);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Ack.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Ack.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Ack();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.storeId = value;
                            else
                                delete message.storeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ranges && message.ranges.length))
                                message.ranges = [];
                            message.ranges.push($root.outpost.v1.SeqRange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rejected && message.rejected.length))
                                message.rejected = [];
                            message.rejected.push($root.outpost.v1.SeqRange.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeUnixMs = value;
                            else
                                delete message.timeUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.duplicates = value;
                            else
                                delete message.duplicates;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Ack.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Ack.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (!$util.isInteger(message.storeId) && !(message.storeId && $util.isInteger(message.storeId.low) && $util.isInteger(message.storeId.high)))
                        return "storeId: integer|Long expected";
                if (message.ranges != null && $Object.hasOwnProperty.call(message, "ranges")) {
                    if (!$Array.isArray(message.ranges))
                        return "ranges: array expected";
                    for (let i = 0; i < message.ranges.length; ++i) {
                        let error = $root.outpost.v1.SeqRange.verify(message.ranges[i], _depth + 1);
                        if (error)
                            return "ranges." + error;
                    }
                }
                if (message.rejected != null && $Object.hasOwnProperty.call(message, "rejected")) {
                    if (!$Array.isArray(message.rejected))
                        return "rejected: array expected";
                    for (let i = 0; i < message.rejected.length; ++i) {
                        let error = $root.outpost.v1.SeqRange.verify(message.rejected[i], _depth + 1);
                        if (error)
                            return "rejected." + error;
                    }
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs"))
                    if (!$util.isInteger(message.timeUnixMs) && !(message.timeUnixMs && $util.isInteger(message.timeUnixMs.low) && $util.isInteger(message.timeUnixMs.high)))
                        return "timeUnixMs: integer|Long expected";
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (!$util.isInteger(message.duplicates) && !(message.duplicates && $util.isInteger(message.duplicates.low) && $util.isInteger(message.duplicates.high)))
                        return "duplicates: integer|Long expected";
                return null;
            };

            Ack.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Ack)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Ack: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Ack();
                if (object.storeId != null)
                    if (typeof object.storeId === "object" ? object.storeId.low || object.storeId.high : $Number(object.storeId) !== 0)
                        if ($util.Long)
                            message.storeId = $util.Long.fromValue(object.storeId, true);
                        else if (typeof object.storeId === "string")
                            message.storeId = $parseInt(object.storeId, 10);
                        else if (typeof object.storeId === "number")
                            message.storeId = object.storeId;
                        else if (typeof object.storeId === "object")
                            message.storeId = new $util.LongBits(object.storeId.low >>> 0, object.storeId.high >>> 0).toNumber(true);
                if (object.ranges) {
                    if (!$Array.isArray(object.ranges))
                        throw $TypeError(".outpost.v1.Ack.ranges: array expected");
                    message.ranges = $Array(object.ranges.length);
                    for (let i = 0; i < object.ranges.length; ++i) {
                        if (!$util.isObject(object.ranges[i]))
                            throw $TypeError(".outpost.v1.Ack.ranges: object expected");
                        message.ranges[i] = $root.outpost.v1.SeqRange.fromObject(object.ranges[i], _depth + 1);
                    }
                }
                if (object.rejected) {
                    if (!$Array.isArray(object.rejected))
                        throw $TypeError(".outpost.v1.Ack.rejected: array expected");
                    message.rejected = $Array(object.rejected.length);
                    for (let i = 0; i < object.rejected.length; ++i) {
                        if (!$util.isObject(object.rejected[i]))
                            throw $TypeError(".outpost.v1.Ack.rejected: object expected");
                        message.rejected[i] = $root.outpost.v1.SeqRange.fromObject(object.rejected[i], _depth + 1);
                    }
                }
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.timeUnixMs != null)
                    if (typeof object.timeUnixMs === "object" ? object.timeUnixMs.low || object.timeUnixMs.high : $Number(object.timeUnixMs) !== 0)
                        if ($util.Long)
                            message.timeUnixMs = $util.Long.fromValue(object.timeUnixMs, false);
                        else if (typeof object.timeUnixMs === "string")
                            message.timeUnixMs = $parseInt(object.timeUnixMs, 10);
                        else if (typeof object.timeUnixMs === "number")
                            message.timeUnixMs = object.timeUnixMs;
                        else if (typeof object.timeUnixMs === "object")
                            message.timeUnixMs = new $util.LongBits(object.timeUnixMs.low >>> 0, object.timeUnixMs.high >>> 0).toNumber();
                if (object.duplicates != null)
                    if (typeof object.duplicates === "object" ? object.duplicates.low || object.duplicates.high : $Number(object.duplicates) !== 0)
                        if ($util.Long)
                            message.duplicates = $util.Long.fromValue(object.duplicates, true);
                        else if (typeof object.duplicates === "string")
                            message.duplicates = $parseInt(object.duplicates, 10);
                        else if (typeof object.duplicates === "number")
                            message.duplicates = object.duplicates;
                        else if (typeof object.duplicates === "object")
                            message.duplicates = new $util.LongBits(object.duplicates.low >>> 0, object.duplicates.high >>> 0).toNumber(true);
                return message;
            };

            Ack.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.ranges = [];
                    object.rejected = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.storeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.storeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reason = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.duplicates = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.duplicates = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.storeId = typeof message.storeId === "number" ? $BigInt(message.storeId) : $util.Long.fromBits(message.storeId.low >>> 0, message.storeId.high >>> 0, true).toBigInt();
                    else if (typeof message.storeId === "number")
                        object.storeId = options.longs === $String ? $String(message.storeId) : message.storeId;
                    else
                        object.storeId = options.longs === $String ? $util.Long.prototype.toString.call(message.storeId) : options.longs === $Number ? new $util.LongBits(message.storeId.low >>> 0, message.storeId.high >>> 0).toNumber(true) : message.storeId;
                if (message.ranges && message.ranges.length) {
                    object.ranges = $Array(message.ranges.length);
                    for (let j = 0; j < message.ranges.length; ++j)
                        object.ranges[j] = $root.outpost.v1.SeqRange.toObject(message.ranges[j], options, _depth + 1);
                }
                if (message.rejected && message.rejected.length) {
                    object.rejected = $Array(message.rejected.length);
                    for (let j = 0; j < message.rejected.length; ++j)
                        object.rejected[j] = $root.outpost.v1.SeqRange.toObject(message.rejected[j], options, _depth + 1);
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeUnixMs = typeof message.timeUnixMs === "number" ? $BigInt(message.timeUnixMs) : $util.Long.fromBits(message.timeUnixMs.low >>> 0, message.timeUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeUnixMs === "number")
                        object.timeUnixMs = options.longs === $String ? $String(message.timeUnixMs) : message.timeUnixMs;
                    else
                        object.timeUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixMs) : options.longs === $Number ? new $util.LongBits(message.timeUnixMs.low >>> 0, message.timeUnixMs.high >>> 0).toNumber() : message.timeUnixMs;
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.duplicates = typeof message.duplicates === "number" ? $BigInt(message.duplicates) : $util.Long.fromBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0, true).toBigInt();
                    else if (typeof message.duplicates === "number")
                        object.duplicates = options.longs === $String ? $String(message.duplicates) : message.duplicates;
                    else
                        object.duplicates = options.longs === $String ? $util.Long.prototype.toString.call(message.duplicates) : options.longs === $Number ? new $util.LongBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0).toNumber(true) : message.duplicates;
                return object;
            };

            Ack.prototype.toJSON = function() {
                return Ack.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Ack;
        })();

        v1.Command = (function() {

            const Command = function (properties) {
                this["arguments"] = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Command.prototype.id = "";
            Command.prototype.issuer = "";
            Command.prototype.issuedUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Command.prototype.expiresUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Command.prototype.postId = "";
            Command.prototype.name = "";
            Command.prototype["arguments"] = $util.emptyObject;
            Command.prototype.payload = $util.newBuffer([]);

            Command.create = function(properties) {
                return new Command(properties);
            };

            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer") && message.issuer !== "")
                    writer.uint32(18).string(message.issuer);
                if (message.issuedUnixMs != null && $Object.hasOwnProperty.call(message, "issuedUnixMs") && (typeof message.issuedUnixMs === "object" ? message.issuedUnixMs.low || message.issuedUnixMs.high : message.issuedUnixMs !== 0))
                    writer.uint32(24).int64(message.issuedUnixMs);
                if (message.expiresUnixMs != null && $Object.hasOwnProperty.call(message, "expiresUnixMs") && (typeof message.expiresUnixMs === "object" ? message.expiresUnixMs.low || message.expiresUnixMs.high : message.expiresUnixMs !== 0))
                    writer.uint32(32).int64(message.expiresUnixMs);
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId") && message.postId !== "")
                    writer.uint32(42).string(message.postId);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(50).string(message.name);
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments"))
                    for (let keys = $Object.keys(message["arguments"]), i = 0; i < keys.length; ++i)
                        writer.uint32(58).fork().uint32(10).string(keys[i]).uint32(18).string(message["arguments"][keys[i]]).ldelim();
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload") && message.payload.length)
                    writer.uint32(66).bytes(message.payload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.issuer = value;
                            else
                                delete message.issuer;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedUnixMs = value;
                            else
                                delete message.issuedUnixMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.expiresUnixMs = value;
                            else
                                delete message.expiresUnixMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.postId = value;
                            else
                                delete message.postId;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (message["arguments"] === $util.emptyObject)
                                message["arguments"] = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message["arguments"], key);
                            message["arguments"][key] = value;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.payload = value;
                            else
                                delete message.payload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Command.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                    if (!$util.isString(message.issuer))
                        return "issuer: string expected";
                if (message.issuedUnixMs != null && $Object.hasOwnProperty.call(message, "issuedUnixMs"))
                    if (!$util.isInteger(message.issuedUnixMs) && !(message.issuedUnixMs && $util.isInteger(message.issuedUnixMs.low) && $util.isInteger(message.issuedUnixMs.high)))
                        return "issuedUnixMs: integer|Long expected";
                if (message.expiresUnixMs != null && $Object.hasOwnProperty.call(message, "expiresUnixMs"))
                    if (!$util.isInteger(message.expiresUnixMs) && !(message.expiresUnixMs && $util.isInteger(message.expiresUnixMs.low) && $util.isInteger(message.expiresUnixMs.high)))
                        return "expiresUnixMs: integer|Long expected";
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId"))
                    if (!$util.isString(message.postId))
                        return "postId: string expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message["arguments"] != null && $Object.hasOwnProperty.call(message, "arguments")) {
                    if (!$util.isObject(message["arguments"]))
                        return "arguments: object expected";
                    let key = $Object.keys(message["arguments"]);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message["arguments"][key[i]]))
                            return "arguments: string{k:string} expected";
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    if (!(message.payload && typeof message.payload.length === "number" || $util.isString(message.payload)))
                        return "payload: buffer expected";
                return null;
            };

            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Command();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.issuer != null)
                    if (typeof object.issuer !== "string" || object.issuer.length)
                        message.issuer = $String(object.issuer);
                if (object.issuedUnixMs != null)
                    if (typeof object.issuedUnixMs === "object" ? object.issuedUnixMs.low || object.issuedUnixMs.high : $Number(object.issuedUnixMs) !== 0)
                        if ($util.Long)
                            message.issuedUnixMs = $util.Long.fromValue(object.issuedUnixMs, false);
                        else if (typeof object.issuedUnixMs === "string")
                            message.issuedUnixMs = $parseInt(object.issuedUnixMs, 10);
                        else if (typeof object.issuedUnixMs === "number")
                            message.issuedUnixMs = object.issuedUnixMs;
                        else if (typeof object.issuedUnixMs === "object")
                            message.issuedUnixMs = new $util.LongBits(object.issuedUnixMs.low >>> 0, object.issuedUnixMs.high >>> 0).toNumber();
                if (object.expiresUnixMs != null)
                    if (typeof object.expiresUnixMs === "object" ? object.expiresUnixMs.low || object.expiresUnixMs.high : $Number(object.expiresUnixMs) !== 0)
                        if ($util.Long)
                            message.expiresUnixMs = $util.Long.fromValue(object.expiresUnixMs, false);
                        else if (typeof object.expiresUnixMs === "string")
                            message.expiresUnixMs = $parseInt(object.expiresUnixMs, 10);
                        else if (typeof object.expiresUnixMs === "number")
                            message.expiresUnixMs = object.expiresUnixMs;
                        else if (typeof object.expiresUnixMs === "object")
                            message.expiresUnixMs = new $util.LongBits(object.expiresUnixMs.low >>> 0, object.expiresUnixMs.high >>> 0).toNumber();
                if (object.postId != null)
                    if (typeof object.postId !== "string" || object.postId.length)
                        message.postId = $String(object.postId);
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object["arguments"]) {
                    if (!$util.isObject(object["arguments"]))
                        throw $TypeError(".outpost.v1.Command.arguments: object expected");
                    message["arguments"] = {};
                    for (let keys = $Object.keys(object["arguments"]), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message["arguments"], keys[i]);
                        message["arguments"][keys[i]] = $String(object["arguments"][keys[i]]);
                    }
                }
                if (object.payload != null)
                    if (object.payload.length)
                        if (typeof object.payload === "string")
                            $util.base64.decode(object.payload, message.payload = $util.newBuffer($util.base64.length(object.payload)), 0);
                        else if (object.payload.length >= 0)
                            message.payload = object.payload;
                return message;
            };

            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object["arguments"] = {};
                if (options.defaults) {
                    object.id = "";
                    object.issuer = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.issuedUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.expiresUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.expiresUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.postId = "";
                    object.name = "";
                    if (options.bytes === $String)
                        object.payload = "";
                    else {
                        object.payload = [];
                        if (options.bytes !== $Array)
                            object.payload = $util.newBuffer(object.payload);
                    }
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                    object.issuer = message.issuer;
                if (message.issuedUnixMs != null && $Object.hasOwnProperty.call(message, "issuedUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedUnixMs = typeof message.issuedUnixMs === "number" ? $BigInt(message.issuedUnixMs) : $util.Long.fromBits(message.issuedUnixMs.low >>> 0, message.issuedUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.issuedUnixMs === "number")
                        object.issuedUnixMs = options.longs === $String ? $String(message.issuedUnixMs) : message.issuedUnixMs;
                    else
                        object.issuedUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedUnixMs) : options.longs === $Number ? new $util.LongBits(message.issuedUnixMs.low >>> 0, message.issuedUnixMs.high >>> 0).toNumber() : message.issuedUnixMs;
                if (message.expiresUnixMs != null && $Object.hasOwnProperty.call(message, "expiresUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.expiresUnixMs = typeof message.expiresUnixMs === "number" ? $BigInt(message.expiresUnixMs) : $util.Long.fromBits(message.expiresUnixMs.low >>> 0, message.expiresUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.expiresUnixMs === "number")
                        object.expiresUnixMs = options.longs === $String ? $String(message.expiresUnixMs) : message.expiresUnixMs;
                    else
                        object.expiresUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.expiresUnixMs) : options.longs === $Number ? new $util.LongBits(message.expiresUnixMs.low >>> 0, message.expiresUnixMs.high >>> 0).toNumber() : message.expiresUnixMs;
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId"))
                    object.postId = message.postId;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                let keys2;
                if (message["arguments"] && (keys2 = $Object.keys(message["arguments"])).length) {
                    object["arguments"] = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object["arguments"], keys2[j]);
                        object["arguments"][keys2[j]] = message["arguments"][keys2[j]];
                    }
                }
                if (message.payload != null && $Object.hasOwnProperty.call(message, "payload"))
                    object.payload = options.bytes === $String ? $util.base64.encode(message.payload, 0, message.payload.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.payload) : message.payload;
                return object;
            };

            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Command;
        })();

        v1.SignedCommand = (function() {

            const SignedCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SignedCommand.prototype.command = $util.newBuffer([]);
            SignedCommand.prototype.signature = $util.newBuffer([]);

            SignedCommand.create = function(properties) {
                return new SignedCommand(properties);
            };

            SignedCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command != null && $Object.hasOwnProperty.call(message, "command") && message.command.length)
                    writer.uint32(10).bytes(message.command);
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                    writer.uint32(18).bytes(message.signature);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SignedCommand.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SignedCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.SignedCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.command = value;
                            else
                                delete message.command;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.signature = value;
                            else
                                delete message.signature;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SignedCommand.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SignedCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    if (!(message.command && typeof message.command.length === "number" || $util.isString(message.command)))
                        return "command: buffer expected";
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    if (!(message.signature && typeof message.signature.length === "number" || $util.isString(message.signature)))
                        return "signature: buffer expected";
                return null;
            };

            SignedCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.SignedCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.SignedCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.SignedCommand();
                if (object.command != null)
                    if (object.command.length)
                        if (typeof object.command === "string")
                            $util.base64.decode(object.command, message.command = $util.newBuffer($util.base64.length(object.command)), 0);
                        else if (object.command.length >= 0)
                            message.command = object.command;
                if (object.signature != null)
                    if (object.signature.length)
                        if (typeof object.signature === "string")
                            $util.base64.decode(object.signature, message.signature = $util.newBuffer($util.base64.length(object.signature)), 0);
                        else if (object.signature.length >= 0)
                            message.signature = object.signature;
                return message;
            };

            SignedCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if (options.bytes === $String)
                        object.command = "";
                    else {
                        object.command = [];
                        if (options.bytes !== $Array)
                            object.command = $util.newBuffer(object.command);
                    }
                    if (options.bytes === $String)
                        object.signature = "";
                    else {
                        object.signature = [];
                        if (options.bytes !== $Array)
                            object.signature = $util.newBuffer(object.signature);
                    }
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = options.bytes === $String ? $util.base64.encode(message.command, 0, message.command.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.command) : message.command;
                if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                    object.signature = options.bytes === $String ? $util.base64.encode(message.signature, 0, message.signature.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.signature) : message.signature;
                return object;
            };

            SignedCommand.prototype.toJSON = function() {
                return SignedCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SignedCommand;
        })();

        v1.CommandStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMMAND_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMMAND_STATUS_ACCEPTED"] = 1;
            values[valuesById[2] = "COMMAND_STATUS_DONE"] = 2;
            values[valuesById[3] = "COMMAND_STATUS_FAILED"] = 3;
            values[valuesById[4] = "COMMAND_STATUS_REFUSED"] = 4;
            return values;
        })();

        v1.CommandResult = (function() {

            const CommandResult = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            CommandResult.prototype.commandId = "";
            CommandResult.prototype.status = 0;
            CommandResult.prototype.name = "";
            CommandResult.prototype.reason = "";
            CommandResult.prototype.outputText = "";
            CommandResult.prototype.outputBytes = $util.newBuffer([]);
            CommandResult.prototype.outputType = "";
            CommandResult.prototype.configHash = "";
            CommandResult.prototype.repeated = false;

            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            CommandResult.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(10).string(message.commandId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(26).string(message.name);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(34).string(message.reason);
                if (message.outputText != null && $Object.hasOwnProperty.call(message, "outputText") && message.outputText !== "")
                    writer.uint32(42).string(message.outputText);
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes") && message.outputBytes.length)
                    writer.uint32(50).bytes(message.outputBytes);
                if (message.outputType != null && $Object.hasOwnProperty.call(message, "outputType") && message.outputType !== "")
                    writer.uint32(58).string(message.outputType);
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash") && message.configHash !== "")
                    writer.uint32(66).string(message.configHash);
                if (message.repeated != null && $Object.hasOwnProperty.call(message, "repeated") && message.repeated !== false)
                    writer.uint32(72).bool(message.repeated);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            CommandResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            CommandResult.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.CommandResult();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputText = value;
                            else
                                delete message.outputText;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.outputBytes = value;
                            else
                                delete message.outputBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.outputType = value;
                            else
                                delete message.outputType;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configHash = value;
                            else
                                delete message.configHash;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.repeated = value;
                            else
                                delete message.repeated;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            CommandResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            CommandResult.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.outputText != null && $Object.hasOwnProperty.call(message, "outputText"))
                    if (!$util.isString(message.outputText))
                        return "outputText: string expected";
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes"))
                    if (!(message.outputBytes && typeof message.outputBytes.length === "number" || $util.isString(message.outputBytes)))
                        return "outputBytes: buffer expected";
                if (message.outputType != null && $Object.hasOwnProperty.call(message, "outputType"))
                    if (!$util.isString(message.outputType))
                        return "outputType: string expected";
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash"))
                    if (!$util.isString(message.configHash))
                        return "configHash: string expected";
                if (message.repeated != null && $Object.hasOwnProperty.call(message, "repeated"))
                    if (typeof message.repeated !== "boolean")
                        return "repeated: boolean expected";
                return null;
            };

            CommandResult.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.CommandResult)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.CommandResult: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.CommandResult();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.outpost.v1.CommandStatus[object.status] !== 0))
                    switch (object.status) {
                    case "COMMAND_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "COMMAND_STATUS_ACCEPTED":
                    case 1:
                        message.status = 1;
                        break;
                    case "COMMAND_STATUS_DONE":
                    case 2:
                        message.status = 2;
                        break;
                    case "COMMAND_STATUS_FAILED":
                    case 3:
                        message.status = 3;
                        break;
                    case "COMMAND_STATUS_REFUSED":
                    case 4:
                        message.status = 4;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.outputText != null)
                    if (typeof object.outputText !== "string" || object.outputText.length)
                        message.outputText = $String(object.outputText);
                if (object.outputBytes != null)
                    if (object.outputBytes.length)
                        if (typeof object.outputBytes === "string")
                            $util.base64.decode(object.outputBytes, message.outputBytes = $util.newBuffer($util.base64.length(object.outputBytes)), 0);
                        else if (object.outputBytes.length >= 0)
                            message.outputBytes = object.outputBytes;
                if (object.outputType != null)
                    if (typeof object.outputType !== "string" || object.outputType.length)
                        message.outputType = $String(object.outputType);
                if (object.configHash != null)
                    if (typeof object.configHash !== "string" || object.configHash.length)
                        message.configHash = $String(object.configHash);
                if (object.repeated != null)
                    if (object.repeated)
                        message.repeated = $Boolean(object.repeated);
                return message;
            };

            CommandResult.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.status = options.enums === $String ? "COMMAND_STATUS_UNSPECIFIED" : 0;
                    object.name = "";
                    object.reason = "";
                    object.outputText = "";
                    if (options.bytes === $String)
                        object.outputBytes = "";
                    else {
                        object.outputBytes = [];
                        if (options.bytes !== $Array)
                            object.outputBytes = $util.newBuffer(object.outputBytes);
                    }
                    object.outputType = "";
                    object.configHash = "";
                    object.repeated = false;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.outpost.v1.CommandStatus[message.status] === $undefined ? message.status : $root.outpost.v1.CommandStatus[message.status] : message.status;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.outputText != null && $Object.hasOwnProperty.call(message, "outputText"))
                    object.outputText = message.outputText;
                if (message.outputBytes != null && $Object.hasOwnProperty.call(message, "outputBytes"))
                    object.outputBytes = options.bytes === $String ? $util.base64.encode(message.outputBytes, 0, message.outputBytes.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.outputBytes) : message.outputBytes;
                if (message.outputType != null && $Object.hasOwnProperty.call(message, "outputType"))
                    object.outputType = message.outputType;
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash"))
                    object.configHash = message.configHash;
                if (message.repeated != null && $Object.hasOwnProperty.call(message, "repeated"))
                    object.repeated = message.repeated;
                return object;
            };

            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            return CommandResult;
        })();

        v1.TimeQuality = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "TIME_QUALITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "TIME_QUALITY_GPS"] = 1;
            values[valuesById[2] = "TIME_QUALITY_NTP"] = 2;
            values[valuesById[3] = "TIME_QUALITY_RTC"] = 3;
            return values;
        })();

        v1.Priority = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PRIORITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PRIORITY_ALARM"] = 1;
            values[valuesById[2] = "PRIORITY_STATUS"] = 2;
            values[valuesById[3] = "PRIORITY_BULK"] = 3;
            return values;
        })();

        v1.DetectionKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DETECTION_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DETECTION_KIND_PERSON"] = 1;
            values[valuesById[2] = "DETECTION_KIND_VEHICLE"] = 2;
            values[valuesById[3] = "DETECTION_KIND_ANIMAL"] = 3;
            values[valuesById[4] = "DETECTION_KIND_BEAM_BREAK"] = 4;
            values[valuesById[5] = "DETECTION_KIND_MOTION"] = 5;
            values[valuesById[6] = "DETECTION_KIND_UNKNOWN"] = 6;
            values[valuesById[7] = "DETECTION_KIND_TAMPER"] = 7;
            return values;
        })();

        v1.Direction = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DIRECTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DIRECTION_IN"] = 1;
            values[valuesById[2] = "DIRECTION_OUT"] = 2;
            return values;
        })();

        v1.Detection = (function() {

            const Detection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Detection.prototype.id = "";
            Detection.prototype.sensor = "";
            Detection.prototype.kind = 0;
            Detection.prototype.confidence = 0;
            Detection.prototype.onsetUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Detection.prototype.durationMs = 0;
            Detection.prototype.direction = 0;
            Detection.prototype.bearingDeg = null;
            Detection.prototype.speedMps = null;
            Detection.prototype.peak = null;
            Detection.prototype.seismic = null;
            Detection.prototype.beam = null;
            Detection.prototype.pir = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Detection.prototype, "_bearingDeg", {
                get: $util.oneOfGetter($oneOfFields = ["bearingDeg"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Detection.prototype, "_speedMps", {
                get: $util.oneOfGetter($oneOfFields = ["speedMps"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Detection.prototype, "_peak", {
                get: $util.oneOfGetter($oneOfFields = ["peak"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            $Object.defineProperty(Detection.prototype, "features", {
                get: $util.oneOfGetter($oneOfFields = ["seismic", "beam", "pir"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Detection.create = function(properties) {
                return new Detection(properties);
            };

            Detection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor") && message.sensor !== "")
                    writer.uint32(18).string(message.sensor);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(24).int32(message.kind);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(37).float(message.confidence);
                if (message.onsetUnixMs != null && $Object.hasOwnProperty.call(message, "onsetUnixMs") && (typeof message.onsetUnixMs === "object" ? message.onsetUnixMs.low || message.onsetUnixMs.high : message.onsetUnixMs !== 0))
                    writer.uint32(40).int64(message.onsetUnixMs);
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs") && message.durationMs !== 0)
                    writer.uint32(48).uint32(message.durationMs);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(56).int32(message.direction);
                if (message.bearingDeg != null && $Object.hasOwnProperty.call(message, "bearingDeg"))
                    writer.uint32(69).float(message.bearingDeg);
                if (message.speedMps != null && $Object.hasOwnProperty.call(message, "speedMps"))
                    writer.uint32(77).float(message.speedMps);
                if (message.peak != null && $Object.hasOwnProperty.call(message, "peak"))
                    writer.uint32(85).float(message.peak);
                if (message.seismic != null && $Object.hasOwnProperty.call(message, "seismic"))
                    $root.outpost.v1.SeismicFeatures.encode(message.seismic, writer.uint32(162).fork(), _depth + 1).ldelim();
                if (message.beam != null && $Object.hasOwnProperty.call(message, "beam"))
                    $root.outpost.v1.BeamFeatures.encode(message.beam, writer.uint32(170).fork(), _depth + 1).ldelim();
                if (message.pir != null && $Object.hasOwnProperty.call(message, "pir"))
                    $root.outpost.v1.PirFeatures.encode(message.pir, writer.uint32(178).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Detection.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Detection.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Detection();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sensor = value;
                            else
                                delete message.sensor;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.onsetUnixMs = value;
                            else
                                delete message.onsetUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.durationMs = value;
                            else
                                delete message.durationMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            message.bearingDeg = reader.float();
                            message._bearingDeg = "bearingDeg";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 5)
                                break;
                            message.speedMps = reader.float();
                            message._speedMps = "speedMps";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 5)
                                break;
                            message.peak = reader.float();
                            message._peak = "peak";
                            continue;
                        }
                    case 20: {
                            if (wireType !== 2)
                                break;
                            message.seismic = $root.outpost.v1.SeismicFeatures.decode(reader, reader.size(), $undefined, _depth + 1, message.seismic);
                            message.features = "seismic";
                            continue;
                        }
                    case 21: {
                            if (wireType !== 2)
                                break;
                            message.beam = $root.outpost.v1.BeamFeatures.decode(reader, reader.size(), $undefined, _depth + 1, message.beam);
                            message.features = "beam";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.pir = $root.outpost.v1.PirFeatures.decode(reader, reader.size(), $undefined, _depth + 1, message.pir);
                            message.features = "pir";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Detection.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Detection.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor"))
                    if (!$util.isString(message.sensor))
                        return "sensor: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.onsetUnixMs != null && $Object.hasOwnProperty.call(message, "onsetUnixMs"))
                    if (!$util.isInteger(message.onsetUnixMs) && !(message.onsetUnixMs && $util.isInteger(message.onsetUnixMs.low) && $util.isInteger(message.onsetUnixMs.high)))
                        return "onsetUnixMs: integer|Long expected";
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    if (!$util.isInteger(message.durationMs))
                        return "durationMs: integer expected";
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    if (typeof message.direction !== "number" || (message.direction | 0) !== message.direction)
                        return "direction: enum value expected";
                if (message.bearingDeg != null && $Object.hasOwnProperty.call(message, "bearingDeg")) {
                    properties._bearingDeg = 1;
                    if (typeof message.bearingDeg !== "number")
                        return "bearingDeg: number expected";
                }
                if (message.speedMps != null && $Object.hasOwnProperty.call(message, "speedMps")) {
                    properties._speedMps = 1;
                    if (typeof message.speedMps !== "number")
                        return "speedMps: number expected";
                }
                if (message.peak != null && $Object.hasOwnProperty.call(message, "peak")) {
                    properties._peak = 1;
                    if (typeof message.peak !== "number")
                        return "peak: number expected";
                }
                if (message.seismic != null && $Object.hasOwnProperty.call(message, "seismic")) {
                    properties.features = 1;
                    {
                        let error = $root.outpost.v1.SeismicFeatures.verify(message.seismic, _depth + 1);
                        if (error)
                            return "seismic." + error;
                    }
                }
                if (message.beam != null && $Object.hasOwnProperty.call(message, "beam")) {
                    if (properties.features === 1)
                        return "features: multiple values";
                    properties.features = 1;
                    {
                        let error = $root.outpost.v1.BeamFeatures.verify(message.beam, _depth + 1);
                        if (error)
                            return "beam." + error;
                    }
                }
                if (message.pir != null && $Object.hasOwnProperty.call(message, "pir")) {
                    if (properties.features === 1)
                        return "features: multiple values";
                    properties.features = 1;
                    {
                        let error = $root.outpost.v1.PirFeatures.verify(message.pir, _depth + 1);
                        if (error)
                            return "pir." + error;
                    }
                }
                return null;
            };

            Detection.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Detection)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Detection: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Detection();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.sensor != null)
                    if (typeof object.sensor !== "string" || object.sensor.length)
                        message.sensor = $String(object.sensor);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.outpost.v1.DetectionKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "DETECTION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DETECTION_KIND_PERSON":
                    case 1:
                        message.kind = 1;
                        break;
                    case "DETECTION_KIND_VEHICLE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "DETECTION_KIND_ANIMAL":
                    case 3:
                        message.kind = 3;
                        break;
                    case "DETECTION_KIND_BEAM_BREAK":
                    case 4:
                        message.kind = 4;
                        break;
                    case "DETECTION_KIND_MOTION":
                    case 5:
                        message.kind = 5;
                        break;
                    case "DETECTION_KIND_UNKNOWN":
                    case 6:
                        message.kind = 6;
                        break;
                    case "DETECTION_KIND_TAMPER":
                    case 7:
                        message.kind = 7;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.onsetUnixMs != null)
                    if (typeof object.onsetUnixMs === "object" ? object.onsetUnixMs.low || object.onsetUnixMs.high : $Number(object.onsetUnixMs) !== 0)
                        if ($util.Long)
                            message.onsetUnixMs = $util.Long.fromValue(object.onsetUnixMs, false);
                        else if (typeof object.onsetUnixMs === "string")
                            message.onsetUnixMs = $parseInt(object.onsetUnixMs, 10);
                        else if (typeof object.onsetUnixMs === "number")
                            message.onsetUnixMs = object.onsetUnixMs;
                        else if (typeof object.onsetUnixMs === "object")
                            message.onsetUnixMs = new $util.LongBits(object.onsetUnixMs.low >>> 0, object.onsetUnixMs.high >>> 0).toNumber();
                if (object.durationMs != null)
                    if ($Number(object.durationMs) !== 0)
                        message.durationMs = object.durationMs >>> 0;
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.outpost.v1.Direction[object.direction] !== 0))
                    switch (object.direction) {
                    case "DIRECTION_UNSPECIFIED":
                    case 0:
                        message.direction = 0;
                        break;
                    case "DIRECTION_IN":
                    case 1:
                        message.direction = 1;
                        break;
                    case "DIRECTION_OUT":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.bearingDeg != null)
                    message.bearingDeg = $Number(object.bearingDeg);
                if (object.speedMps != null)
                    message.speedMps = $Number(object.speedMps);
                if (object.peak != null)
                    message.peak = $Number(object.peak);
                if (object.seismic != null) {
                    if (!$util.isObject(object.seismic))
                        throw $TypeError(".outpost.v1.Detection.seismic: object expected");
                    message.seismic = $root.outpost.v1.SeismicFeatures.fromObject(object.seismic, _depth + 1);
                }
                if (object.beam != null) {
                    if (!$util.isObject(object.beam))
                        throw $TypeError(".outpost.v1.Detection.beam: object expected");
                    message.beam = $root.outpost.v1.BeamFeatures.fromObject(object.beam, _depth + 1);
                }
                if (object.pir != null) {
                    if (!$util.isObject(object.pir))
                        throw $TypeError(".outpost.v1.Detection.pir: object expected");
                    message.pir = $root.outpost.v1.PirFeatures.fromObject(object.pir, _depth + 1);
                }
                return message;
            };

            Detection.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    object.sensor = "";
                    object.kind = options.enums === $String ? "DETECTION_KIND_UNSPECIFIED" : 0;
                    object.confidence = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.onsetUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.onsetUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.durationMs = 0;
                    object.direction = options.enums === $String ? "DIRECTION_UNSPECIFIED" : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor"))
                    object.sensor = message.sensor;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.outpost.v1.DetectionKind[message.kind] === $undefined ? message.kind : $root.outpost.v1.DetectionKind[message.kind] : message.kind;
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.onsetUnixMs != null && $Object.hasOwnProperty.call(message, "onsetUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.onsetUnixMs = typeof message.onsetUnixMs === "number" ? $BigInt(message.onsetUnixMs) : $util.Long.fromBits(message.onsetUnixMs.low >>> 0, message.onsetUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.onsetUnixMs === "number")
                        object.onsetUnixMs = options.longs === $String ? $String(message.onsetUnixMs) : message.onsetUnixMs;
                    else
                        object.onsetUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.onsetUnixMs) : options.longs === $Number ? new $util.LongBits(message.onsetUnixMs.low >>> 0, message.onsetUnixMs.high >>> 0).toNumber() : message.onsetUnixMs;
                if (message.durationMs != null && $Object.hasOwnProperty.call(message, "durationMs"))
                    object.durationMs = message.durationMs;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.outpost.v1.Direction[message.direction] === $undefined ? message.direction : $root.outpost.v1.Direction[message.direction] : message.direction;
                if (message.bearingDeg != null && $Object.hasOwnProperty.call(message, "bearingDeg"))
                    object.bearingDeg = options.json && !$isFinite(message.bearingDeg) ? $String(message.bearingDeg) : message.bearingDeg;
                if (message.speedMps != null && $Object.hasOwnProperty.call(message, "speedMps"))
                    object.speedMps = options.json && !$isFinite(message.speedMps) ? $String(message.speedMps) : message.speedMps;
                if (message.peak != null && $Object.hasOwnProperty.call(message, "peak"))
                    object.peak = options.json && !$isFinite(message.peak) ? $String(message.peak) : message.peak;
                if (message.seismic != null && $Object.hasOwnProperty.call(message, "seismic")) {
                    object.seismic = $root.outpost.v1.SeismicFeatures.toObject(message.seismic, options, _depth + 1);
                    if (options.oneofs)
                        object.features = "seismic";
                }
                if (message.beam != null && $Object.hasOwnProperty.call(message, "beam")) {
                    object.beam = $root.outpost.v1.BeamFeatures.toObject(message.beam, options, _depth + 1);
                    if (options.oneofs)
                        object.features = "beam";
                }
                if (message.pir != null && $Object.hasOwnProperty.call(message, "pir")) {
                    object.pir = $root.outpost.v1.PirFeatures.toObject(message.pir, options, _depth + 1);
                    if (options.oneofs)
                        object.features = "pir";
                }
                return object;
            };

            Detection.prototype.toJSON = function() {
                return Detection.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Detection;
        })();

        v1.SeismicFeatures = (function() {

            const SeismicFeatures = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SeismicFeatures.prototype.energy = 0;
            SeismicFeatures.prototype.dominantFrequencyHz = 0;
            SeismicFeatures.prototype.kurtosis = 0;
            SeismicFeatures.prototype.peakStaLta = 0;
            SeismicFeatures.prototype.impulseCount = 0;
            SeismicFeatures.prototype.cadenceHz = 0;

            SeismicFeatures.create = function(properties) {
                return new SeismicFeatures(properties);
            };

            SeismicFeatures.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.energy != null && $Object.hasOwnProperty.call(message, "energy") && !$Object.is(message.energy, 0))
                    writer.uint32(9).double(message.energy);
                if (message.dominantFrequencyHz != null && $Object.hasOwnProperty.call(message, "dominantFrequencyHz") && !$Object.is(message.dominantFrequencyHz, 0))
                    writer.uint32(21).float(message.dominantFrequencyHz);
                if (message.kurtosis != null && $Object.hasOwnProperty.call(message, "kurtosis") && !$Object.is(message.kurtosis, 0))
                    writer.uint32(29).float(message.kurtosis);
                if (message.peakStaLta != null && $Object.hasOwnProperty.call(message, "peakStaLta") && !$Object.is(message.peakStaLta, 0))
                    writer.uint32(37).float(message.peakStaLta);
                if (message.impulseCount != null && $Object.hasOwnProperty.call(message, "impulseCount") && message.impulseCount !== 0)
                    writer.uint32(40).uint32(message.impulseCount);
                if (message.cadenceHz != null && $Object.hasOwnProperty.call(message, "cadenceHz") && !$Object.is(message.cadenceHz, 0))
                    writer.uint32(53).float(message.cadenceHz);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SeismicFeatures.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SeismicFeatures.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.SeismicFeatures();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.energy = value;
                            else
                                delete message.energy;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.dominantFrequencyHz = value;
                            else
                                delete message.dominantFrequencyHz;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.kurtosis = value;
                            else
                                delete message.kurtosis;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.peakStaLta = value;
                            else
                                delete message.peakStaLta;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.impulseCount = value;
                            else
                                delete message.impulseCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cadenceHz = value;
                            else
                                delete message.cadenceHz;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            SeismicFeatures.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SeismicFeatures.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.energy != null && $Object.hasOwnProperty.call(message, "energy"))
                    if (typeof message.energy !== "number")
                        return "energy: number expected";
                if (message.dominantFrequencyHz != null && $Object.hasOwnProperty.call(message, "dominantFrequencyHz"))
                    if (typeof message.dominantFrequencyHz !== "number")
                        return "dominantFrequencyHz: number expected";
                if (message.kurtosis != null && $Object.hasOwnProperty.call(message, "kurtosis"))
                    if (typeof message.kurtosis !== "number")
                        return "kurtosis: number expected";
                if (message.peakStaLta != null && $Object.hasOwnProperty.call(message, "peakStaLta"))
                    if (typeof message.peakStaLta !== "number")
                        return "peakStaLta: number expected";
                if (message.impulseCount != null && $Object.hasOwnProperty.call(message, "impulseCount"))
                    if (!$util.isInteger(message.impulseCount))
                        return "impulseCount: integer expected";
                if (message.cadenceHz != null && $Object.hasOwnProperty.call(message, "cadenceHz"))
                    if (typeof message.cadenceHz !== "number")
                        return "cadenceHz: number expected";
                return null;
            };

            SeismicFeatures.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.SeismicFeatures)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.SeismicFeatures: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.SeismicFeatures();
                if (object.energy != null)
                    if (!$Object.is($Number(object.energy), 0))
                        message.energy = $Number(object.energy);
                if (object.dominantFrequencyHz != null)
                    if (!$Object.is($Number(object.dominantFrequencyHz), 0))
                        message.dominantFrequencyHz = $Number(object.dominantFrequencyHz);
                if (object.kurtosis != null)
                    if (!$Object.is($Number(object.kurtosis), 0))
                        message.kurtosis = $Number(object.kurtosis);
                if (object.peakStaLta != null)
                    if (!$Object.is($Number(object.peakStaLta), 0))
                        message.peakStaLta = $Number(object.peakStaLta);
                if (object.impulseCount != null)
                    if ($Number(object.impulseCount) !== 0)
                        message.impulseCount = object.impulseCount >>> 0;
                if (object.cadenceHz != null)
                    if (!$Object.is($Number(object.cadenceHz), 0))
                        message.cadenceHz = $Number(object.cadenceHz);
                return message;
            };

            SeismicFeatures.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.energy = 0;
                    object.dominantFrequencyHz = 0;
                    object.kurtosis = 0;
                    object.peakStaLta = 0;
                    object.impulseCount = 0;
                    object.cadenceHz = 0;
                }
                if (message.energy != null && $Object.hasOwnProperty.call(message, "energy"))
                    object.energy = options.json && !$isFinite(message.energy) ? $String(message.energy) : message.energy;
                if (message.dominantFrequencyHz != null && $Object.hasOwnProperty.call(message, "dominantFrequencyHz"))
                    object.dominantFrequencyHz = options.json && !$isFinite(message.dominantFrequencyHz) ? $String(message.dominantFrequencyHz) : message.dominantFrequencyHz;
                if (message.kurtosis != null && $Object.hasOwnProperty.call(message, "kurtosis"))
                    object.kurtosis = options.json && !$isFinite(message.kurtosis) ? $String(message.kurtosis) : message.kurtosis;
                if (message.peakStaLta != null && $Object.hasOwnProperty.call(message, "peakStaLta"))
                    object.peakStaLta = options.json && !$isFinite(message.peakStaLta) ? $String(message.peakStaLta) : message.peakStaLta;
                if (message.impulseCount != null && $Object.hasOwnProperty.call(message, "impulseCount"))
                    object.impulseCount = message.impulseCount;
                if (message.cadenceHz != null && $Object.hasOwnProperty.call(message, "cadenceHz"))
                    object.cadenceHz = options.json && !$isFinite(message.cadenceHz) ? $String(message.cadenceHz) : message.cadenceHz;
                return object;
            };

            SeismicFeatures.prototype.toJSON = function() {
                return SeismicFeatures.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SeismicFeatures;
        })();

        v1.BeamFeatures = (function() {

            const BeamFeatures = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            BeamFeatures.prototype.firstBeam = "";
            BeamFeatures.prototype.delayMs = 0;
            BeamFeatures.prototype.interruptionMs = 0;
            BeamFeatures.prototype.bothBeams = false;

            BeamFeatures.create = function(properties) {
                return new BeamFeatures(properties);
            };

            BeamFeatures.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.firstBeam != null && $Object.hasOwnProperty.call(message, "firstBeam") && message.firstBeam !== "")
                    writer.uint32(10).string(message.firstBeam);
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs") && message.delayMs !== 0)
                    writer.uint32(16).uint32(message.delayMs);
                if (message.interruptionMs != null && $Object.hasOwnProperty.call(message, "interruptionMs") && message.interruptionMs !== 0)
                    writer.uint32(24).uint32(message.interruptionMs);
                if (message.bothBeams != null && $Object.hasOwnProperty.call(message, "bothBeams") && message.bothBeams !== false)
                    writer.uint32(32).bool(message.bothBeams);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            BeamFeatures.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            BeamFeatures.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.BeamFeatures();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.firstBeam = value;
                            else
                                delete message.firstBeam;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.delayMs = value;
                            else
                                delete message.delayMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.interruptionMs = value;
                            else
                                delete message.interruptionMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.bothBeams = value;
                            else
                                delete message.bothBeams;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            BeamFeatures.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            BeamFeatures.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.firstBeam != null && $Object.hasOwnProperty.call(message, "firstBeam"))
                    if (!$util.isString(message.firstBeam))
                        return "firstBeam: string expected";
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    if (!$util.isInteger(message.delayMs))
                        return "delayMs: integer expected";
                if (message.interruptionMs != null && $Object.hasOwnProperty.call(message, "interruptionMs"))
                    if (!$util.isInteger(message.interruptionMs))
                        return "interruptionMs: integer expected";
                if (message.bothBeams != null && $Object.hasOwnProperty.call(message, "bothBeams"))
                    if (typeof message.bothBeams !== "boolean")
                        return "bothBeams: boolean expected";
                return null;
            };

            BeamFeatures.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.BeamFeatures)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.BeamFeatures: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.BeamFeatures();
                if (object.firstBeam != null)
                    if (typeof object.firstBeam !== "string" || object.firstBeam.length)
                        message.firstBeam = $String(object.firstBeam);
                if (object.delayMs != null)
                    if ($Number(object.delayMs) !== 0)
                        message.delayMs = object.delayMs >>> 0;
                if (object.interruptionMs != null)
                    if ($Number(object.interruptionMs) !== 0)
                        message.interruptionMs = object.interruptionMs >>> 0;
                if (object.bothBeams != null)
                    if (object.bothBeams)
                        message.bothBeams = $Boolean(object.bothBeams);
                return message;
            };

            BeamFeatures.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.firstBeam = "";
                    object.delayMs = 0;
                    object.interruptionMs = 0;
                    object.bothBeams = false;
                }
                if (message.firstBeam != null && $Object.hasOwnProperty.call(message, "firstBeam"))
                    object.firstBeam = message.firstBeam;
                if (message.delayMs != null && $Object.hasOwnProperty.call(message, "delayMs"))
                    object.delayMs = message.delayMs;
                if (message.interruptionMs != null && $Object.hasOwnProperty.call(message, "interruptionMs"))
                    object.interruptionMs = message.interruptionMs;
                if (message.bothBeams != null && $Object.hasOwnProperty.call(message, "bothBeams"))
                    object.bothBeams = message.bothBeams;
                return object;
            };

            BeamFeatures.prototype.toJSON = function() {
                return BeamFeatures.toObject(this, $protobuf.util.toJSONOptions);
            };

            return BeamFeatures;
        })();

        v1.PirFeatures = (function() {

            const PirFeatures = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PirFeatures.prototype.pulseCount = 0;
            PirFeatures.prototype.windowMs = 0;

            PirFeatures.create = function(properties) {
                return new PirFeatures(properties);
            };

            PirFeatures.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.pulseCount != null && $Object.hasOwnProperty.call(message, "pulseCount") && message.pulseCount !== 0)
                    writer.uint32(8).uint32(message.pulseCount);
                if (message.windowMs != null && $Object.hasOwnProperty.call(message, "windowMs") && message.windowMs !== 0)
                    writer.uint32(16).uint32(message.windowMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PirFeatures.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PirFeatures.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.PirFeatures();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.pulseCount = value;
                            else
                                delete message.pulseCount;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.windowMs = value;
                            else
                                delete message.windowMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PirFeatures.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PirFeatures.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.pulseCount != null && $Object.hasOwnProperty.call(message, "pulseCount"))
                    if (!$util.isInteger(message.pulseCount))
                        return "pulseCount: integer expected";
                if (message.windowMs != null && $Object.hasOwnProperty.call(message, "windowMs"))
                    if (!$util.isInteger(message.windowMs))
                        return "windowMs: integer expected";
                return null;
            };

            PirFeatures.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.PirFeatures)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.PirFeatures: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.PirFeatures();
                if (object.pulseCount != null)
                    if ($Number(object.pulseCount) !== 0)
                        message.pulseCount = object.pulseCount >>> 0;
                if (object.windowMs != null)
                    if ($Number(object.windowMs) !== 0)
                        message.windowMs = object.windowMs >>> 0;
                return message;
            };

            PirFeatures.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.pulseCount = 0;
                    object.windowMs = 0;
                }
                if (message.pulseCount != null && $Object.hasOwnProperty.call(message, "pulseCount"))
                    object.pulseCount = message.pulseCount;
                if (message.windowMs != null && $Object.hasOwnProperty.call(message, "windowMs"))
                    object.windowMs = message.windowMs;
                return object;
            };

            PirFeatures.prototype.toJSON = function() {
                return PirFeatures.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PirFeatures;
        })();

        v1.Incident = (function() {

            const Incident = function (properties) {
                this.detectionIds = [];
                this.sensors = [];
                this.snapshotIds = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Incident.prototype.id = "";
            Incident.prototype.kind = 0;
            Incident.prototype.confidence = 0;
            Incident.prototype.startUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Incident.prototype.endUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Incident.prototype.detectionIds = $util.emptyArray;
            Incident.prototype.sensors = $util.emptyArray;
            Incident.prototype.coincidenceSum = 0;
            Incident.prototype.direction = 0;
            Incident.prototype.snapshotIds = $util.emptyArray;

            Incident.create = function(properties) {
                return new Incident(properties);
            };

            Incident.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(10).string(message.id);
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(16).int32(message.kind);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence") && !$Object.is(message.confidence, 0))
                    writer.uint32(29).float(message.confidence);
                if (message.startUnixMs != null && $Object.hasOwnProperty.call(message, "startUnixMs") && (typeof message.startUnixMs === "object" ? message.startUnixMs.low || message.startUnixMs.high : message.startUnixMs !== 0))
                    writer.uint32(32).int64(message.startUnixMs);
                if (message.endUnixMs != null && $Object.hasOwnProperty.call(message, "endUnixMs") && (typeof message.endUnixMs === "object" ? message.endUnixMs.low || message.endUnixMs.high : message.endUnixMs !== 0))
                    writer.uint32(40).int64(message.endUnixMs);
                if (message.detectionIds != null && message.detectionIds.length)
                    for (let i = 0; i < message.detectionIds.length; ++i)
                        writer.uint32(50).string(message.detectionIds[i]);
                if (message.sensors != null && message.sensors.length)
                    for (let i = 0; i < message.sensors.length; ++i)
                        writer.uint32(58).string(message.sensors[i]);
                if (message.coincidenceSum != null && $Object.hasOwnProperty.call(message, "coincidenceSum") && !$Object.is(message.coincidenceSum, 0))
                    writer.uint32(69).float(message.coincidenceSum);
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction") && message.direction !== 0)
                    writer.uint32(72).int32(message.direction);
                if (message.snapshotIds != null && message.snapshotIds.length)
                    for (let i = 0; i < message.snapshotIds.length; ++i)
                        writer.uint32(82).string(message.snapshotIds[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Incident.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Incident.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Incident();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.confidence = value;
                            else
                                delete message.confidence;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startUnixMs = value;
                            else
                                delete message.startUnixMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.endUnixMs = value;
                            else
                                delete message.endUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.detectionIds && message.detectionIds.length))
                                message.detectionIds = [];
                            message.detectionIds.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.sensors && message.sensors.length))
                                message.sensors = [];
                            message.sensors.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.coincidenceSum = value;
                            else
                                delete message.coincidenceSum;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.direction = value;
                            else
                                delete message.direction;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.snapshotIds && message.snapshotIds.length))
                                message.snapshotIds = [];
                            message.snapshotIds.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Incident.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Incident.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                if (message.startUnixMs != null && $Object.hasOwnProperty.call(message, "startUnixMs"))
                    if (!$util.isInteger(message.startUnixMs) && !(message.startUnixMs && $util.isInteger(message.startUnixMs.low) && $util.isInteger(message.startUnixMs.high)))
                        return "startUnixMs: integer|Long expected";
                if (message.endUnixMs != null && $Object.hasOwnProperty.call(message, "endUnixMs"))
                    if (!$util.isInteger(message.endUnixMs) && !(message.endUnixMs && $util.isInteger(message.endUnixMs.low) && $util.isInteger(message.endUnixMs.high)))
                        return "endUnixMs: integer|Long expected";
                if (message.detectionIds != null && $Object.hasOwnProperty.call(message, "detectionIds")) {
                    if (!$Array.isArray(message.detectionIds))
                        return "detectionIds: array expected";
                    for (let i = 0; i < message.detectionIds.length; ++i)
                        if (!$util.isString(message.detectionIds[i]))
                            return "detectionIds: string[] expected";
                }
                if (message.sensors != null && $Object.hasOwnProperty.call(message, "sensors")) {
                    if (!$Array.isArray(message.sensors))
                        return "sensors: array expected";
                    for (let i = 0; i < message.sensors.length; ++i)
                        if (!$util.isString(message.sensors[i]))
                            return "sensors: string[] expected";
                }
                if (message.coincidenceSum != null && $Object.hasOwnProperty.call(message, "coincidenceSum"))
                    if (typeof message.coincidenceSum !== "number")
                        return "coincidenceSum: number expected";
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    if (typeof message.direction !== "number" || (message.direction | 0) !== message.direction)
                        return "direction: enum value expected";
                if (message.snapshotIds != null && $Object.hasOwnProperty.call(message, "snapshotIds")) {
                    if (!$Array.isArray(message.snapshotIds))
                        return "snapshotIds: array expected";
                    for (let i = 0; i < message.snapshotIds.length; ++i)
                        if (!$util.isString(message.snapshotIds[i]))
                            return "snapshotIds: string[] expected";
                }
                return null;
            };

            Incident.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Incident)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Incident: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Incident();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.outpost.v1.DetectionKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "DETECTION_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "DETECTION_KIND_PERSON":
                    case 1:
                        message.kind = 1;
                        break;
                    case "DETECTION_KIND_VEHICLE":
                    case 2:
                        message.kind = 2;
                        break;
                    case "DETECTION_KIND_ANIMAL":
                    case 3:
                        message.kind = 3;
                        break;
                    case "DETECTION_KIND_BEAM_BREAK":
                    case 4:
                        message.kind = 4;
                        break;
                    case "DETECTION_KIND_MOTION":
                    case 5:
                        message.kind = 5;
                        break;
                    case "DETECTION_KIND_UNKNOWN":
                    case 6:
                        message.kind = 6;
                        break;
                    case "DETECTION_KIND_TAMPER":
                    case 7:
                        message.kind = 7;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.confidence != null)
                    if (!$Object.is($Number(object.confidence), 0))
                        message.confidence = $Number(object.confidence);
                if (object.startUnixMs != null)
                    if (typeof object.startUnixMs === "object" ? object.startUnixMs.low || object.startUnixMs.high : $Number(object.startUnixMs) !== 0)
                        if ($util.Long)
                            message.startUnixMs = $util.Long.fromValue(object.startUnixMs, false);
                        else if (typeof object.startUnixMs === "string")
                            message.startUnixMs = $parseInt(object.startUnixMs, 10);
                        else if (typeof object.startUnixMs === "number")
                            message.startUnixMs = object.startUnixMs;
                        else if (typeof object.startUnixMs === "object")
                            message.startUnixMs = new $util.LongBits(object.startUnixMs.low >>> 0, object.startUnixMs.high >>> 0).toNumber();
                if (object.endUnixMs != null)
                    if (typeof object.endUnixMs === "object" ? object.endUnixMs.low || object.endUnixMs.high : $Number(object.endUnixMs) !== 0)
                        if ($util.Long)
                            message.endUnixMs = $util.Long.fromValue(object.endUnixMs, false);
                        else if (typeof object.endUnixMs === "string")
                            message.endUnixMs = $parseInt(object.endUnixMs, 10);
                        else if (typeof object.endUnixMs === "number")
                            message.endUnixMs = object.endUnixMs;
                        else if (typeof object.endUnixMs === "object")
                            message.endUnixMs = new $util.LongBits(object.endUnixMs.low >>> 0, object.endUnixMs.high >>> 0).toNumber();
                if (object.detectionIds) {
                    if (!$Array.isArray(object.detectionIds))
                        throw $TypeError(".outpost.v1.Incident.detectionIds: array expected");
                    message.detectionIds = $Array(object.detectionIds.length);
                    for (let i = 0; i < object.detectionIds.length; ++i)
                        message.detectionIds[i] = $String(object.detectionIds[i]);
                }
                if (object.sensors) {
                    if (!$Array.isArray(object.sensors))
                        throw $TypeError(".outpost.v1.Incident.sensors: array expected");
                    message.sensors = $Array(object.sensors.length);
                    for (let i = 0; i < object.sensors.length; ++i)
                        message.sensors[i] = $String(object.sensors[i]);
                }
                if (object.coincidenceSum != null)
                    if (!$Object.is($Number(object.coincidenceSum), 0))
                        message.coincidenceSum = $Number(object.coincidenceSum);
                if (object.direction !== 0 && (typeof object.direction !== "string" || $root.outpost.v1.Direction[object.direction] !== 0))
                    switch (object.direction) {
                    case "DIRECTION_UNSPECIFIED":
                    case 0:
                        message.direction = 0;
                        break;
                    case "DIRECTION_IN":
                    case 1:
                        message.direction = 1;
                        break;
                    case "DIRECTION_OUT":
                    case 2:
                        message.direction = 2;
                        break;
                    default:
                        if (typeof object.direction === "number" && (object.direction | 0) === object.direction)
                            message.direction = object.direction;
                    }
                if (object.snapshotIds) {
                    if (!$Array.isArray(object.snapshotIds))
                        throw $TypeError(".outpost.v1.Incident.snapshotIds: array expected");
                    message.snapshotIds = $Array(object.snapshotIds.length);
                    for (let i = 0; i < object.snapshotIds.length; ++i)
                        message.snapshotIds[i] = $String(object.snapshotIds[i]);
                }
                return message;
            };

            Incident.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.detectionIds = [];
                    object.sensors = [];
                    object.snapshotIds = [];
                }
                if (options.defaults) {
                    object.id = "";
                    object.kind = options.enums === $String ? "DETECTION_KIND_UNSPECIFIED" : 0;
                    object.confidence = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.endUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.endUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.coincidenceSum = 0;
                    object.direction = options.enums === $String ? "DIRECTION_UNSPECIFIED" : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.outpost.v1.DetectionKind[message.kind] === $undefined ? message.kind : $root.outpost.v1.DetectionKind[message.kind] : message.kind;
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.startUnixMs != null && $Object.hasOwnProperty.call(message, "startUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startUnixMs = typeof message.startUnixMs === "number" ? $BigInt(message.startUnixMs) : $util.Long.fromBits(message.startUnixMs.low >>> 0, message.startUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startUnixMs === "number")
                        object.startUnixMs = options.longs === $String ? $String(message.startUnixMs) : message.startUnixMs;
                    else
                        object.startUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startUnixMs) : options.longs === $Number ? new $util.LongBits(message.startUnixMs.low >>> 0, message.startUnixMs.high >>> 0).toNumber() : message.startUnixMs;
                if (message.endUnixMs != null && $Object.hasOwnProperty.call(message, "endUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.endUnixMs = typeof message.endUnixMs === "number" ? $BigInt(message.endUnixMs) : $util.Long.fromBits(message.endUnixMs.low >>> 0, message.endUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.endUnixMs === "number")
                        object.endUnixMs = options.longs === $String ? $String(message.endUnixMs) : message.endUnixMs;
                    else
                        object.endUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.endUnixMs) : options.longs === $Number ? new $util.LongBits(message.endUnixMs.low >>> 0, message.endUnixMs.high >>> 0).toNumber() : message.endUnixMs;
                if (message.detectionIds && message.detectionIds.length) {
                    object.detectionIds = $Array(message.detectionIds.length);
                    for (let j = 0; j < message.detectionIds.length; ++j)
                        object.detectionIds[j] = message.detectionIds[j];
                }
                if (message.sensors && message.sensors.length) {
                    object.sensors = $Array(message.sensors.length);
                    for (let j = 0; j < message.sensors.length; ++j)
                        object.sensors[j] = message.sensors[j];
                }
                if (message.coincidenceSum != null && $Object.hasOwnProperty.call(message, "coincidenceSum"))
                    object.coincidenceSum = options.json && !$isFinite(message.coincidenceSum) ? $String(message.coincidenceSum) : message.coincidenceSum;
                if (message.direction != null && $Object.hasOwnProperty.call(message, "direction"))
                    object.direction = options.enums === $String ? $root.outpost.v1.Direction[message.direction] === $undefined ? message.direction : $root.outpost.v1.Direction[message.direction] : message.direction;
                if (message.snapshotIds && message.snapshotIds.length) {
                    object.snapshotIds = $Array(message.snapshotIds.length);
                    for (let j = 0; j < message.snapshotIds.length; ++j)
                        object.snapshotIds[j] = message.snapshotIds[j];
                }
                return object;
            };

            Incident.prototype.toJSON = function() {
                return Incident.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Incident;
        })();

        v1.Envelope = (function() {

            const Envelope = function (properties) {
                this.records = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Envelope.prototype.postId = "";
            Envelope.prototype.storeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Envelope.prototype.records = $util.emptyArray;
            Envelope.prototype.sentUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Envelope.prototype.deflatedRecords = $util.newBuffer([]);

            Envelope.create = function(properties) {
                return new Envelope(properties);
            };

            Envelope.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId") && message.postId !== "")
                    writer.uint32(10).string(message.postId);
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId") && (typeof message.storeId === "object" ? message.storeId.low || message.storeId.high : message.storeId !== 0))
                    writer.uint32(17).fixed64(message.storeId);
                if (message.records != null && message.records.length)
                    for (let i = 0; i < message.records.length; ++i)
                        $root.outpost.v1.Record.encode(message.records[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs") && (typeof message.sentUnixMs === "object" ? message.sentUnixMs.low || message.sentUnixMs.high : message.sentUnixMs !== 0))
                    writer.uint32(32).int64(message.sentUnixMs);
                if (message.deflatedRecords != null && $Object.hasOwnProperty.call(message, "deflatedRecords") && message.deflatedRecords.length)
                    writer.uint32(42).bytes(message.deflatedRecords);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Envelope.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Envelope.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Envelope();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.postId = value;
                            else
                                delete message.postId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.storeId = value;
                            else
                                delete message.storeId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.records && message.records.length))
                                message.records = [];
                            message.records.push($root.outpost.v1.Record.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sentUnixMs = value;
                            else
                                delete message.sentUnixMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.deflatedRecords = value;
                            else
                                delete message.deflatedRecords;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Envelope.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Envelope.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId"))
                    if (!$util.isString(message.postId))
                        return "postId: string expected";
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (!$util.isInteger(message.storeId) && !(message.storeId && $util.isInteger(message.storeId.low) && $util.isInteger(message.storeId.high)))
                        return "storeId: integer|Long expected";
                if (message.records != null && $Object.hasOwnProperty.call(message, "records")) {
                    if (!$Array.isArray(message.records))
                        return "records: array expected";
                    for (let i = 0; i < message.records.length; ++i) {
                        let error = $root.outpost.v1.Record.verify(message.records[i], _depth + 1);
                        if (error)
                            return "records." + error;
                    }
                }
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs"))
                    if (!$util.isInteger(message.sentUnixMs) && !(message.sentUnixMs && $util.isInteger(message.sentUnixMs.low) && $util.isInteger(message.sentUnixMs.high)))
                        return "sentUnixMs: integer|Long expected";
                if (message.deflatedRecords != null && $Object.hasOwnProperty.call(message, "deflatedRecords"))
                    if (!(message.deflatedRecords && typeof message.deflatedRecords.length === "number" || $util.isString(message.deflatedRecords)))
                        return "deflatedRecords: buffer expected";
                return null;
            };

            Envelope.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Envelope)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Envelope: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Envelope();
                if (object.postId != null)
                    if (typeof object.postId !== "string" || object.postId.length)
                        message.postId = $String(object.postId);
                if (object.storeId != null)
                    if (typeof object.storeId === "object" ? object.storeId.low || object.storeId.high : $Number(object.storeId) !== 0)
                        if ($util.Long)
                            message.storeId = $util.Long.fromValue(object.storeId, true);
                        else if (typeof object.storeId === "string")
                            message.storeId = $parseInt(object.storeId, 10);
                        else if (typeof object.storeId === "number")
                            message.storeId = object.storeId;
                        else if (typeof object.storeId === "object")
                            message.storeId = new $util.LongBits(object.storeId.low >>> 0, object.storeId.high >>> 0).toNumber(true);
                if (object.records) {
                    if (!$Array.isArray(object.records))
                        throw $TypeError(".outpost.v1.Envelope.records: array expected");
                    message.records = $Array(object.records.length);
                    for (let i = 0; i < object.records.length; ++i) {
                        if (!$util.isObject(object.records[i]))
                            throw $TypeError(".outpost.v1.Envelope.records: object expected");
                        message.records[i] = $root.outpost.v1.Record.fromObject(object.records[i], _depth + 1);
                    }
                }
                if (object.sentUnixMs != null)
                    if (typeof object.sentUnixMs === "object" ? object.sentUnixMs.low || object.sentUnixMs.high : $Number(object.sentUnixMs) !== 0)
                        if ($util.Long)
                            message.sentUnixMs = $util.Long.fromValue(object.sentUnixMs, false);
                        else if (typeof object.sentUnixMs === "string")
                            message.sentUnixMs = $parseInt(object.sentUnixMs, 10);
                        else if (typeof object.sentUnixMs === "number")
                            message.sentUnixMs = object.sentUnixMs;
                        else if (typeof object.sentUnixMs === "object")
                            message.sentUnixMs = new $util.LongBits(object.sentUnixMs.low >>> 0, object.sentUnixMs.high >>> 0).toNumber();
                if (object.deflatedRecords != null)
                    if (object.deflatedRecords.length)
                        if (typeof object.deflatedRecords === "string")
                            $util.base64.decode(object.deflatedRecords, message.deflatedRecords = $util.newBuffer($util.base64.length(object.deflatedRecords)), 0);
                        else if (object.deflatedRecords.length >= 0)
                            message.deflatedRecords = object.deflatedRecords;
                return message;
            };

            Envelope.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.records = [];
                if (options.defaults) {
                    object.postId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.storeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.storeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sentUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sentUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if (options.bytes === $String)
                        object.deflatedRecords = "";
                    else {
                        object.deflatedRecords = [];
                        if (options.bytes !== $Array)
                            object.deflatedRecords = $util.newBuffer(object.deflatedRecords);
                    }
                }
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId"))
                    object.postId = message.postId;
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.storeId = typeof message.storeId === "number" ? $BigInt(message.storeId) : $util.Long.fromBits(message.storeId.low >>> 0, message.storeId.high >>> 0, true).toBigInt();
                    else if (typeof message.storeId === "number")
                        object.storeId = options.longs === $String ? $String(message.storeId) : message.storeId;
                    else
                        object.storeId = options.longs === $String ? $util.Long.prototype.toString.call(message.storeId) : options.longs === $Number ? new $util.LongBits(message.storeId.low >>> 0, message.storeId.high >>> 0).toNumber(true) : message.storeId;
                if (message.records && message.records.length) {
                    object.records = $Array(message.records.length);
                    for (let j = 0; j < message.records.length; ++j)
                        object.records[j] = $root.outpost.v1.Record.toObject(message.records[j], options, _depth + 1);
                }
                if (message.sentUnixMs != null && $Object.hasOwnProperty.call(message, "sentUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sentUnixMs = typeof message.sentUnixMs === "number" ? $BigInt(message.sentUnixMs) : $util.Long.fromBits(message.sentUnixMs.low >>> 0, message.sentUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sentUnixMs === "number")
                        object.sentUnixMs = options.longs === $String ? $String(message.sentUnixMs) : message.sentUnixMs;
                    else
                        object.sentUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sentUnixMs) : options.longs === $Number ? new $util.LongBits(message.sentUnixMs.low >>> 0, message.sentUnixMs.high >>> 0).toNumber() : message.sentUnixMs;
                if (message.deflatedRecords != null && $Object.hasOwnProperty.call(message, "deflatedRecords"))
                    object.deflatedRecords = options.bytes === $String ? $util.base64.encode(message.deflatedRecords, 0, message.deflatedRecords.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.deflatedRecords) : message.deflatedRecords;
                return object;
            };

            Envelope.prototype.toJSON = function() {
                return Envelope.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Envelope;
        })();

        v1.Record = (function() {

            const Record = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Record.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Record.prototype.timeUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Record.prototype.timeQuality = 0;
            Record.prototype.priority = 0;
            Record.prototype.detection = null;
            Record.prototype.incident = null;
            Record.prototype.reading = null;
            Record.prototype.health = null;
            Record.prototype.event = null;
            Record.prototype.snapshot = null;
            Record.prototype.commandResult = null;

            let $oneOfFields;

            $Object.defineProperty(Record.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["detection", "incident", "reading", "health", "event", "snapshot", "commandResult"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Record.create = function(properties) {
                return new Record(properties);
            };

            Record.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(8).uint64(message.seq);
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs") && (typeof message.timeUnixMs === "object" ? message.timeUnixMs.low || message.timeUnixMs.high : message.timeUnixMs !== 0))
                    writer.uint32(16).int64(message.timeUnixMs);
                if (message.timeQuality != null && $Object.hasOwnProperty.call(message, "timeQuality") && message.timeQuality !== 0)
                    writer.uint32(24).int32(message.timeQuality);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(32).int32(message.priority);
                if (message.detection != null && $Object.hasOwnProperty.call(message, "detection"))
                    $root.outpost.v1.Detection.encode(message.detection, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.incident != null && $Object.hasOwnProperty.call(message, "incident"))
                    $root.outpost.v1.Incident.encode(message.incident, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.reading != null && $Object.hasOwnProperty.call(message, "reading"))
                    $root.outpost.v1.Reading.encode(message.reading, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    $root.outpost.v1.Health.encode(message.health, writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.event != null && $Object.hasOwnProperty.call(message, "event"))
                    $root.outpost.v1.Event.encode(message.event, writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot"))
                    $root.outpost.v1.Snapshot.encode(message.snapshot, writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult"))
                    $root.outpost.v1.CommandResult.encode(message.commandResult, writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Record.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Record.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Record();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeUnixMs = value;
                            else
                                delete message.timeUnixMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.timeQuality = value;
                            else
                                delete message.timeQuality;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.detection = $root.outpost.v1.Detection.decode(reader, reader.size(), $undefined, _depth + 1, message.detection);
                            message.body = "detection";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.incident = $root.outpost.v1.Incident.decode(reader, reader.size(), $undefined, _depth + 1, message.incident);
                            message.body = "incident";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.reading = $root.outpost.v1.Reading.decode(reader, reader.size(), $undefined, _depth + 1, message.reading);
                            message.body = "reading";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.health = $root.outpost.v1.Health.decode(reader, reader.size(), $undefined, _depth + 1, message.health);
                            message.body = "health";
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            message.event = $root.outpost.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1, message.event);
                            message.body = "event";
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            message.snapshot = $root.outpost.v1.Snapshot.decode(reader, reader.size(), $undefined, _depth + 1, message.snapshot);
                            message.body = "snapshot";
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            message.commandResult = $root.outpost.v1.CommandResult.decode(reader, reader.size(), $undefined, _depth + 1, message.commandResult);
                            message.body = "commandResult";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Record.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Record.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs"))
                    if (!$util.isInteger(message.timeUnixMs) && !(message.timeUnixMs && $util.isInteger(message.timeUnixMs.low) && $util.isInteger(message.timeUnixMs.high)))
                        return "timeUnixMs: integer|Long expected";
                if (message.timeQuality != null && $Object.hasOwnProperty.call(message, "timeQuality"))
                    if (typeof message.timeQuality !== "number" || (message.timeQuality | 0) !== message.timeQuality)
                        return "timeQuality: enum value expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                        return "priority: enum value expected";
                if (message.detection != null && $Object.hasOwnProperty.call(message, "detection")) {
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.Detection.verify(message.detection, _depth + 1);
                        if (error)
                            return "detection." + error;
                    }
                }
                if (message.incident != null && $Object.hasOwnProperty.call(message, "incident")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.Incident.verify(message.incident, _depth + 1);
                        if (error)
                            return "incident." + error;
                    }
                }
                if (message.reading != null && $Object.hasOwnProperty.call(message, "reading")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.Reading.verify(message.reading, _depth + 1);
                        if (error)
                            return "reading." + error;
                    }
                }
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.Health.verify(message.health, _depth + 1);
                        if (error)
                            return "health." + error;
                    }
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.Event.verify(message.event, _depth + 1);
                        if (error)
                            return "event." + error;
                    }
                }
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.Snapshot.verify(message.snapshot, _depth + 1);
                        if (error)
                            return "snapshot." + error;
                    }
                }
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                    if (properties.body === 1)
                        return "body: multiple values";
                    properties.body = 1;
                    {
                        let error = $root.outpost.v1.CommandResult.verify(message.commandResult, _depth + 1);
                        if (error)
                            return "commandResult." + error;
                    }
                }
                return null;
            };

            Record.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Record)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Record: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Record();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.timeUnixMs != null)
                    if (typeof object.timeUnixMs === "object" ? object.timeUnixMs.low || object.timeUnixMs.high : $Number(object.timeUnixMs) !== 0)
                        if ($util.Long)
                            message.timeUnixMs = $util.Long.fromValue(object.timeUnixMs, false);
                        else if (typeof object.timeUnixMs === "string")
                            message.timeUnixMs = $parseInt(object.timeUnixMs, 10);
                        else if (typeof object.timeUnixMs === "number")
                            message.timeUnixMs = object.timeUnixMs;
                        else if (typeof object.timeUnixMs === "object")
                            message.timeUnixMs = new $util.LongBits(object.timeUnixMs.low >>> 0, object.timeUnixMs.high >>> 0).toNumber();
                if (object.timeQuality !== 0 && (typeof object.timeQuality !== "string" || $root.outpost.v1.TimeQuality[object.timeQuality] !== 0))
                    switch (object.timeQuality) {
                    case "TIME_QUALITY_UNSPECIFIED":
                    case 0:
                        message.timeQuality = 0;
                        break;
                    case "TIME_QUALITY_GPS":
                    case 1:
                        message.timeQuality = 1;
                        break;
                    case "TIME_QUALITY_NTP":
                    case 2:
                        message.timeQuality = 2;
                        break;
                    case "TIME_QUALITY_RTC":
                    case 3:
                        message.timeQuality = 3;
                        break;
                    default:
                        if (typeof object.timeQuality === "number" && (object.timeQuality | 0) === object.timeQuality)
                            message.timeQuality = object.timeQuality;
                    }
                if (object.priority !== 0 && (typeof object.priority !== "string" || $root.outpost.v1.Priority[object.priority] !== 0))
                    switch (object.priority) {
                    case "PRIORITY_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "PRIORITY_ALARM":
                    case 1:
                        message.priority = 1;
                        break;
                    case "PRIORITY_STATUS":
                    case 2:
                        message.priority = 2;
                        break;
                    case "PRIORITY_BULK":
                    case 3:
                        message.priority = 3;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                if (object.detection != null) {
                    if (!$util.isObject(object.detection))
                        throw $TypeError(".outpost.v1.Record.detection: object expected");
                    message.detection = $root.outpost.v1.Detection.fromObject(object.detection, _depth + 1);
                }
                if (object.incident != null) {
                    if (!$util.isObject(object.incident))
                        throw $TypeError(".outpost.v1.Record.incident: object expected");
                    message.incident = $root.outpost.v1.Incident.fromObject(object.incident, _depth + 1);
                }
                if (object.reading != null) {
                    if (!$util.isObject(object.reading))
                        throw $TypeError(".outpost.v1.Record.reading: object expected");
                    message.reading = $root.outpost.v1.Reading.fromObject(object.reading, _depth + 1);
                }
                if (object.health != null) {
                    if (!$util.isObject(object.health))
                        throw $TypeError(".outpost.v1.Record.health: object expected");
                    message.health = $root.outpost.v1.Health.fromObject(object.health, _depth + 1);
                }
                if (object.event != null) {
                    if (!$util.isObject(object.event))
                        throw $TypeError(".outpost.v1.Record.event: object expected");
                    message.event = $root.outpost.v1.Event.fromObject(object.event, _depth + 1);
                }
                if (object.snapshot != null) {
                    if (!$util.isObject(object.snapshot))
                        throw $TypeError(".outpost.v1.Record.snapshot: object expected");
                    message.snapshot = $root.outpost.v1.Snapshot.fromObject(object.snapshot, _depth + 1);
                }
                if (object.commandResult != null) {
                    if (!$util.isObject(object.commandResult))
                        throw $TypeError(".outpost.v1.Record.commandResult: object expected");
                    message.commandResult = $root.outpost.v1.CommandResult.fromObject(object.commandResult, _depth + 1);
                }
                return message;
            };

            Record.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.timeQuality = options.enums === $String ? "TIME_QUALITY_UNSPECIFIED" : 0;
                    object.priority = options.enums === $String ? "PRIORITY_UNSPECIFIED" : 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeUnixMs = typeof message.timeUnixMs === "number" ? $BigInt(message.timeUnixMs) : $util.Long.fromBits(message.timeUnixMs.low >>> 0, message.timeUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeUnixMs === "number")
                        object.timeUnixMs = options.longs === $String ? $String(message.timeUnixMs) : message.timeUnixMs;
                    else
                        object.timeUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixMs) : options.longs === $Number ? new $util.LongBits(message.timeUnixMs.low >>> 0, message.timeUnixMs.high >>> 0).toNumber() : message.timeUnixMs;
                if (message.timeQuality != null && $Object.hasOwnProperty.call(message, "timeQuality"))
                    object.timeQuality = options.enums === $String ? $root.outpost.v1.TimeQuality[message.timeQuality] === $undefined ? message.timeQuality : $root.outpost.v1.TimeQuality[message.timeQuality] : message.timeQuality;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === $String ? $root.outpost.v1.Priority[message.priority] === $undefined ? message.priority : $root.outpost.v1.Priority[message.priority] : message.priority;
                if (message.detection != null && $Object.hasOwnProperty.call(message, "detection")) {
                    object.detection = $root.outpost.v1.Detection.toObject(message.detection, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "detection";
                }
                if (message.incident != null && $Object.hasOwnProperty.call(message, "incident")) {
                    object.incident = $root.outpost.v1.Incident.toObject(message.incident, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "incident";
                }
                if (message.reading != null && $Object.hasOwnProperty.call(message, "reading")) {
                    object.reading = $root.outpost.v1.Reading.toObject(message.reading, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "reading";
                }
                if (message.health != null && $Object.hasOwnProperty.call(message, "health")) {
                    object.health = $root.outpost.v1.Health.toObject(message.health, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "health";
                }
                if (message.event != null && $Object.hasOwnProperty.call(message, "event")) {
                    object.event = $root.outpost.v1.Event.toObject(message.event, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "event";
                }
                if (message.snapshot != null && $Object.hasOwnProperty.call(message, "snapshot")) {
                    object.snapshot = $root.outpost.v1.Snapshot.toObject(message.snapshot, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "snapshot";
                }
                if (message.commandResult != null && $Object.hasOwnProperty.call(message, "commandResult")) {
                    object.commandResult = $root.outpost.v1.CommandResult.toObject(message.commandResult, options, _depth + 1);
                    if (options.oneofs)
                        object.body = "commandResult";
                }
                return object;
            };

            Record.prototype.toJSON = function() {
                return Record.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Record;
        })();

        v1.EventKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "EVENT_KIND_UNSPECIFIED"] = 0;
            values[valuesById[1] = "EVENT_KIND_FAULT"] = 1;
            values[valuesById[2] = "EVENT_KIND_RECOVERED"] = 2;
            values[valuesById[3] = "EVENT_KIND_TAMPER"] = 3;
            values[valuesById[4] = "EVENT_KIND_RECORDS_DROPPED"] = 4;
            values[valuesById[5] = "EVENT_KIND_STORE_RESET"] = 5;
            values[valuesById[6] = "EVENT_KIND_AGENT_STARTED"] = 6;
            values[valuesById[7] = "EVENT_KIND_CONFIG_RELOADED"] = 7;
            values[valuesById[8] = "EVENT_KIND_CLOCK_JUMP"] = 8;
            values[valuesById[9] = "EVENT_KIND_ENVIRONMENT"] = 9;
            values[valuesById[10] = "EVENT_KIND_DEVICE_INFO"] = 10;
            return values;
        })();

        v1.Severity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_INFO"] = 1;
            values[valuesById[2] = "SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "SEVERITY_ALARM"] = 3;
            return values;
        })();

        v1.DropReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "DROP_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "DROP_REASON_EVICTED"] = 1;
            values[valuesById[2] = "DROP_REASON_EXPIRED"] = 2;
            values[valuesById[3] = "DROP_REASON_COMPACTED"] = 3;
            values[valuesById[4] = "DROP_REASON_REJECTED"] = 4;
            return values;
        })();

        v1.DroppedRecords = (function() {

            const DroppedRecords = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DroppedRecords.prototype.reason = 0;
            DroppedRecords.prototype.priority = 0;
            DroppedRecords.prototype.count = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DroppedRecords.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DroppedRecords.prototype.firstSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DroppedRecords.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            DroppedRecords.prototype.oldestUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            DroppedRecords.prototype.newestUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            DroppedRecords.create = function(properties) {
                return new DroppedRecords(properties);
            };

            DroppedRecords.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(8).int32(message.reason);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(16).int32(message.priority);
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && (typeof message.count === "object" ? message.count.low || message.count.high : message.count !== 0))
                    writer.uint32(24).uint64(message.count);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(32).uint64(message.bytes);
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq") && (typeof message.firstSeq === "object" ? message.firstSeq.low || message.firstSeq.high : message.firstSeq !== 0))
                    writer.uint32(40).uint64(message.firstSeq);
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq") && (typeof message.lastSeq === "object" ? message.lastSeq.low || message.lastSeq.high : message.lastSeq !== 0))
                    writer.uint32(48).uint64(message.lastSeq);
                if (message.oldestUnixMs != null && $Object.hasOwnProperty.call(message, "oldestUnixMs") && (typeof message.oldestUnixMs === "object" ? message.oldestUnixMs.low || message.oldestUnixMs.high : message.oldestUnixMs !== 0))
                    writer.uint32(56).int64(message.oldestUnixMs);
                if (message.newestUnixMs != null && $Object.hasOwnProperty.call(message, "newestUnixMs") && (typeof message.newestUnixMs === "object" ? message.newestUnixMs.low || message.newestUnixMs.high : message.newestUnixMs !== 0))
                    writer.uint32(64).int64(message.newestUnixMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DroppedRecords.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DroppedRecords.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.DroppedRecords();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.firstSeq = value;
                            else
                                delete message.firstSeq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSeq = value;
                            else
                                delete message.lastSeq;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldestUnixMs = value;
                            else
                                delete message.oldestUnixMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.newestUnixMs = value;
                            else
                                delete message.newestUnixMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            DroppedRecords.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DroppedRecords.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                        return "priority: enum value expected";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count) && !(message.count && $util.isInteger(message.count.low) && $util.isInteger(message.count.high)))
                        return "count: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (!$util.isInteger(message.firstSeq) && !(message.firstSeq && $util.isInteger(message.firstSeq.low) && $util.isInteger(message.firstSeq.high)))
                        return "firstSeq: integer|Long expected";
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (!$util.isInteger(message.lastSeq) && !(message.lastSeq && $util.isInteger(message.lastSeq.low) && $util.isInteger(message.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                if (message.oldestUnixMs != null && $Object.hasOwnProperty.call(message, "oldestUnixMs"))
                    if (!$util.isInteger(message.oldestUnixMs) && !(message.oldestUnixMs && $util.isInteger(message.oldestUnixMs.low) && $util.isInteger(message.oldestUnixMs.high)))
                        return "oldestUnixMs: integer|Long expected";
                if (message.newestUnixMs != null && $Object.hasOwnProperty.call(message, "newestUnixMs"))
                    if (!$util.isInteger(message.newestUnixMs) && !(message.newestUnixMs && $util.isInteger(message.newestUnixMs.low) && $util.isInteger(message.newestUnixMs.high)))
                        return "newestUnixMs: integer|Long expected";
                return null;
            };

            DroppedRecords.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.DroppedRecords)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.DroppedRecords: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.DroppedRecords();
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.outpost.v1.DropReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "DROP_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "DROP_REASON_EVICTED":
                    case 1:
                        message.reason = 1;
                        break;
                    case "DROP_REASON_EXPIRED":
                    case 2:
                        message.reason = 2;
                        break;
                    case "DROP_REASON_COMPACTED":
                    case 3:
                        message.reason = 3;
                        break;
                    case "DROP_REASON_REJECTED":
                    case 4:
                        message.reason = 4;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.priority !== 0 && (typeof object.priority !== "string" || $root.outpost.v1.Priority[object.priority] !== 0))
                    switch (object.priority) {
                    case "PRIORITY_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "PRIORITY_ALARM":
                    case 1:
                        message.priority = 1;
                        break;
                    case "PRIORITY_STATUS":
                    case 2:
                        message.priority = 2;
                        break;
                    case "PRIORITY_BULK":
                    case 3:
                        message.priority = 3;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                if (object.count != null)
                    if (typeof object.count === "object" ? object.count.low || object.count.high : $Number(object.count) !== 0)
                        if ($util.Long)
                            message.count = $util.Long.fromValue(object.count, true);
                        else if (typeof object.count === "string")
                            message.count = $parseInt(object.count, 10);
                        else if (typeof object.count === "number")
                            message.count = object.count;
                        else if (typeof object.count === "object")
                            message.count = new $util.LongBits(object.count.low >>> 0, object.count.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.firstSeq != null)
                    if (typeof object.firstSeq === "object" ? object.firstSeq.low || object.firstSeq.high : $Number(object.firstSeq) !== 0)
                        if ($util.Long)
                            message.firstSeq = $util.Long.fromValue(object.firstSeq, true);
                        else if (typeof object.firstSeq === "string")
                            message.firstSeq = $parseInt(object.firstSeq, 10);
                        else if (typeof object.firstSeq === "number")
                            message.firstSeq = object.firstSeq;
                        else if (typeof object.firstSeq === "object")
                            message.firstSeq = new $util.LongBits(object.firstSeq.low >>> 0, object.firstSeq.high >>> 0).toNumber(true);
                if (object.lastSeq != null)
                    if (typeof object.lastSeq === "object" ? object.lastSeq.low || object.lastSeq.high : $Number(object.lastSeq) !== 0)
                        if ($util.Long)
                            message.lastSeq = $util.Long.fromValue(object.lastSeq, true);
                        else if (typeof object.lastSeq === "string")
                            message.lastSeq = $parseInt(object.lastSeq, 10);
                        else if (typeof object.lastSeq === "number")
                            message.lastSeq = object.lastSeq;
                        else if (typeof object.lastSeq === "object")
                            message.lastSeq = new $util.LongBits(object.lastSeq.low >>> 0, object.lastSeq.high >>> 0).toNumber(true);
                if (object.oldestUnixMs != null)
                    if (typeof object.oldestUnixMs === "object" ? object.oldestUnixMs.low || object.oldestUnixMs.high : $Number(object.oldestUnixMs) !== 0)
                        if ($util.Long)
                            message.oldestUnixMs = $util.Long.fromValue(object.oldestUnixMs, false);
                        else if (typeof object.oldestUnixMs === "string")
                            message.oldestUnixMs = $parseInt(object.oldestUnixMs, 10);
                        else if (typeof object.oldestUnixMs === "number")
                            message.oldestUnixMs = object.oldestUnixMs;
                        else if (typeof object.oldestUnixMs === "object")
                            message.oldestUnixMs = new $util.LongBits(object.oldestUnixMs.low >>> 0, object.oldestUnixMs.high >>> 0).toNumber();
                if (object.newestUnixMs != null)
                    if (typeof object.newestUnixMs === "object" ? object.newestUnixMs.low || object.newestUnixMs.high : $Number(object.newestUnixMs) !== 0)
                        if ($util.Long)
                            message.newestUnixMs = $util.Long.fromValue(object.newestUnixMs, false);
                        else if (typeof object.newestUnixMs === "string")
                            message.newestUnixMs = $parseInt(object.newestUnixMs, 10);
                        else if (typeof object.newestUnixMs === "number")
                            message.newestUnixMs = object.newestUnixMs;
                        else if (typeof object.newestUnixMs === "object")
                            message.newestUnixMs = new $util.LongBits(object.newestUnixMs.low >>> 0, object.newestUnixMs.high >>> 0).toNumber();
                return message;
            };

            DroppedRecords.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.reason = options.enums === $String ? "DROP_REASON_UNSPECIFIED" : 0;
                    object.priority = options.enums === $String ? "PRIORITY_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.count = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.count = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.firstSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.firstSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.lastSeq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSeq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.oldestUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.oldestUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.newestUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.newestUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.outpost.v1.DropReason[message.reason] === $undefined ? message.reason : $root.outpost.v1.DropReason[message.reason] : message.reason;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === $String ? $root.outpost.v1.Priority[message.priority] === $undefined ? message.priority : $root.outpost.v1.Priority[message.priority] : message.priority;
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.count = typeof message.count === "number" ? $BigInt(message.count) : $util.Long.fromBits(message.count.low >>> 0, message.count.high >>> 0, true).toBigInt();
                    else if (typeof message.count === "number")
                        object.count = options.longs === $String ? $String(message.count) : message.count;
                    else
                        object.count = options.longs === $String ? $util.Long.prototype.toString.call(message.count) : options.longs === $Number ? new $util.LongBits(message.count.low >>> 0, message.count.high >>> 0).toNumber(true) : message.count;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.firstSeq != null && $Object.hasOwnProperty.call(message, "firstSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.firstSeq = typeof message.firstSeq === "number" ? $BigInt(message.firstSeq) : $util.Long.fromBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.firstSeq === "number")
                        object.firstSeq = options.longs === $String ? $String(message.firstSeq) : message.firstSeq;
                    else
                        object.firstSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.firstSeq) : options.longs === $Number ? new $util.LongBits(message.firstSeq.low >>> 0, message.firstSeq.high >>> 0).toNumber(true) : message.firstSeq;
                if (message.lastSeq != null && $Object.hasOwnProperty.call(message, "lastSeq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSeq = typeof message.lastSeq === "number" ? $BigInt(message.lastSeq) : $util.Long.fromBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0, true).toBigInt();
                    else if (typeof message.lastSeq === "number")
                        object.lastSeq = options.longs === $String ? $String(message.lastSeq) : message.lastSeq;
                    else
                        object.lastSeq = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSeq) : options.longs === $Number ? new $util.LongBits(message.lastSeq.low >>> 0, message.lastSeq.high >>> 0).toNumber(true) : message.lastSeq;
                if (message.oldestUnixMs != null && $Object.hasOwnProperty.call(message, "oldestUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.oldestUnixMs = typeof message.oldestUnixMs === "number" ? $BigInt(message.oldestUnixMs) : $util.Long.fromBits(message.oldestUnixMs.low >>> 0, message.oldestUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.oldestUnixMs === "number")
                        object.oldestUnixMs = options.longs === $String ? $String(message.oldestUnixMs) : message.oldestUnixMs;
                    else
                        object.oldestUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.oldestUnixMs) : options.longs === $Number ? new $util.LongBits(message.oldestUnixMs.low >>> 0, message.oldestUnixMs.high >>> 0).toNumber() : message.oldestUnixMs;
                if (message.newestUnixMs != null && $Object.hasOwnProperty.call(message, "newestUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.newestUnixMs = typeof message.newestUnixMs === "number" ? $BigInt(message.newestUnixMs) : $util.Long.fromBits(message.newestUnixMs.low >>> 0, message.newestUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.newestUnixMs === "number")
                        object.newestUnixMs = options.longs === $String ? $String(message.newestUnixMs) : message.newestUnixMs;
                    else
                        object.newestUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.newestUnixMs) : options.longs === $Number ? new $util.LongBits(message.newestUnixMs.low >>> 0, message.newestUnixMs.high >>> 0).toNumber() : message.newestUnixMs;
                return object;
            };

            DroppedRecords.prototype.toJSON = function() {
                return DroppedRecords.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DroppedRecords;
        })();

        v1.Event = (function() {

            const Event = function (properties) {
                this.attributes = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Event.prototype.kind = 0;
            Event.prototype.severity = 0;
            Event.prototype.source = "";
            Event.prototype.message = "";
            Event.prototype.dropped = null;
            Event.prototype.attributes = $util.emptyObject;

            Event.create = function(properties) {
                return new Event(properties);
            };

            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(8).int32(message.kind);
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(16).int32(message.severity);
                if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== "")
                    writer.uint32(26).string(message.source);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(34).string(message.message);
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    $root.outpost.v1.DroppedRecords.encode(message.dropped, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(50).fork().uint32(10).string(keys[i]).uint32(18).string(message.attributes[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Event.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.source = value;
                            else
                                delete message.source;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.dropped = $root.outpost.v1.DroppedRecords.decode(reader, reader.size(), $undefined, _depth + 1, message.dropped);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Event.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    if (!$util.isString(message.source))
                        return "source: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped")) {
                    let error = $root.outpost.v1.DroppedRecords.verify(message.dropped, _depth + 1);
                    if (error)
                        return "dropped." + error;
                }
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    if (!$util.isObject(message.attributes))
                        return "attributes: object expected";
                    let key = $Object.keys(message.attributes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attributes[key[i]]))
                            return "attributes: string{k:string} expected";
                }
                return null;
            };

            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Event();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.outpost.v1.EventKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "EVENT_KIND_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "EVENT_KIND_FAULT":
                    case 1:
                        message.kind = 1;
                        break;
                    case "EVENT_KIND_RECOVERED":
                    case 2:
                        message.kind = 2;
                        break;
                    case "EVENT_KIND_TAMPER":
                    case 3:
                        message.kind = 3;
                        break;
                    case "EVENT_KIND_RECORDS_DROPPED":
                    case 4:
                        message.kind = 4;
                        break;
                    case "EVENT_KIND_STORE_RESET":
                    case 5:
                        message.kind = 5;
                        break;
                    case "EVENT_KIND_AGENT_STARTED":
                    case 6:
                        message.kind = 6;
                        break;
                    case "EVENT_KIND_CONFIG_RELOADED":
                    case 7:
                        message.kind = 7;
                        break;
                    case "EVENT_KIND_CLOCK_JUMP":
                    case 8:
                        message.kind = 8;
                        break;
                    case "EVENT_KIND_ENVIRONMENT":
                    case 9:
                        message.kind = 9;
                        break;
                    case "EVENT_KIND_DEVICE_INFO":
                    case 10:
                        message.kind = 10;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.outpost.v1.Severity[object.severity] !== 0))
                    switch (object.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "SEVERITY_INFO":
                    case 1:
                        message.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "SEVERITY_ALARM":
                    case 3:
                        message.severity = 3;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.source != null)
                    if (typeof object.source !== "string" || object.source.length)
                        message.source = $String(object.source);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.dropped != null) {
                    if (!$util.isObject(object.dropped))
                        throw $TypeError(".outpost.v1.Event.dropped: object expected");
                    message.dropped = $root.outpost.v1.DroppedRecords.fromObject(object.dropped, _depth + 1);
                }
                if (object.attributes) {
                    if (!$util.isObject(object.attributes))
                        throw $TypeError(".outpost.v1.Event.attributes: object expected");
                    message.attributes = {};
                    for (let keys = $Object.keys(object.attributes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.attributes, keys[i]);
                        message.attributes[keys[i]] = $String(object.attributes[keys[i]]);
                    }
                }
                return message;
            };

            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.attributes = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "EVENT_KIND_UNSPECIFIED" : 0;
                    object.severity = options.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.source = "";
                    object.message = "";
                    object.dropped = null;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.outpost.v1.EventKind[message.kind] === $undefined ? message.kind : $root.outpost.v1.EventKind[message.kind] : message.kind;
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.outpost.v1.Severity[message.severity] === $undefined ? message.severity : $root.outpost.v1.Severity[message.severity] : message.severity;
                if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                    object.source = message.source;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    object.dropped = $root.outpost.v1.DroppedRecords.toObject(message.dropped, options, _depth + 1);
                let keys2;
                if (message.attributes && (keys2 = $Object.keys(message.attributes)).length) {
                    object.attributes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attributes, keys2[j]);
                        object.attributes[keys2[j]] = message.attributes[keys2[j]];
                    }
                }
                return object;
            };

            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Event;
        })();

        v1.ComponentState = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "COMPONENT_STATE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "COMPONENT_STATE_OK"] = 1;
            values[valuesById[2] = "COMPONENT_STATE_DEGRADED"] = 2;
            values[valuesById[3] = "COMPONENT_STATE_FAULT"] = 3;
            values[valuesById[4] = "COMPONENT_STATE_STOPPED"] = 4;
            return values;
        })();

        v1.Health = (function() {

            const Health = function (properties) {
                this.components = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Health.prototype.components = $util.emptyArray;
            Health.prototype.vitals = null;

            Health.create = function(properties) {
                return new Health(properties);
            };

            Health.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.components != null && message.components.length)
                    for (let i = 0; i < message.components.length; ++i)
                        $root.outpost.v1.ComponentHealth.encode(message.components[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.vitals != null && $Object.hasOwnProperty.call(message, "vitals"))
                    $root.outpost.v1.Vitals.encode(message.vitals, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Health.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Health.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Health();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.components && message.components.length))
                                message.components = [];
                            message.components.push($root.outpost.v1.ComponentHealth.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.vitals = $root.outpost.v1.Vitals.decode(reader, reader.size(), $undefined, _depth + 1, message.vitals);
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Health.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Health.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.components != null && $Object.hasOwnProperty.call(message, "components")) {
                    if (!$Array.isArray(message.components))
                        return "components: array expected";
                    for (let i = 0; i < message.components.length; ++i) {
                        let error = $root.outpost.v1.ComponentHealth.verify(message.components[i], _depth + 1);
                        if (error)
                            return "components." + error;
                    }
                }
                if (message.vitals != null && $Object.hasOwnProperty.call(message, "vitals")) {
                    let error = $root.outpost.v1.Vitals.verify(message.vitals, _depth + 1);
                    if (error)
                        return "vitals." + error;
                }
                return null;
            };

            Health.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Health)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Health: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Health();
                if (object.components) {
                    if (!$Array.isArray(object.components))
                        throw $TypeError(".outpost.v1.Health.components: array expected");
                    message.components = $Array(object.components.length);
                    for (let i = 0; i < object.components.length; ++i) {
                        if (!$util.isObject(object.components[i]))
                            throw $TypeError(".outpost.v1.Health.components: object expected");
                        message.components[i] = $root.outpost.v1.ComponentHealth.fromObject(object.components[i], _depth + 1);
                    }
                }
                if (object.vitals != null) {
                    if (!$util.isObject(object.vitals))
                        throw $TypeError(".outpost.v1.Health.vitals: object expected");
                    message.vitals = $root.outpost.v1.Vitals.fromObject(object.vitals, _depth + 1);
                }
                return message;
            };

            Health.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.components = [];
                if (options.defaults)
                    object.vitals = null;
                if (message.components && message.components.length) {
                    object.components = $Array(message.components.length);
                    for (let j = 0; j < message.components.length; ++j)
                        object.components[j] = $root.outpost.v1.ComponentHealth.toObject(message.components[j], options, _depth + 1);
                }
                if (message.vitals != null && $Object.hasOwnProperty.call(message, "vitals"))
                    object.vitals = $root.outpost.v1.Vitals.toObject(message.vitals, options, _depth + 1);
                return object;
            };

            Health.prototype.toJSON = function() {
                return Health.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Health;
        })();

        v1.ComponentHealth = (function() {

            const ComponentHealth = function (properties) {
                this.counters = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ComponentHealth.prototype.name = "";
            ComponentHealth.prototype.state = 0;
            ComponentHealth.prototype.message = "";
            ComponentHealth.prototype.sinceUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            ComponentHealth.prototype.counters = $util.emptyObject;

            ComponentHealth.create = function(properties) {
                return new ComponentHealth(properties);
            };

            ComponentHealth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state") && message.state !== 0)
                    writer.uint32(16).int32(message.state);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(26).string(message.message);
                if (message.sinceUnixMs != null && $Object.hasOwnProperty.call(message, "sinceUnixMs") && (typeof message.sinceUnixMs === "object" ? message.sinceUnixMs.low || message.sinceUnixMs.high : message.sinceUnixMs !== 0))
                    writer.uint32(32).int64(message.sinceUnixMs);
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters"))
                    for (let keys = $Object.keys(message.counters), i = 0; i < keys.length; ++i)
                        writer.uint32(42).fork().uint32(10).string(keys[i]).uint32(17).double(message.counters[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ComponentHealth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ComponentHealth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.ComponentHealth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.state = value;
                            else
                                delete message.state;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceUnixMs = value;
                            else
                                delete message.sinceUnixMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (message.counters === $util.emptyObject)
                                message.counters = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = 0;
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 1)
                                        break;
                                    value = reader.double();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.counters, key);
                            message.counters[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            ComponentHealth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ComponentHealth.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    if (typeof message.state !== "number" || (message.state | 0) !== message.state)
                        return "state: enum value expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.sinceUnixMs != null && $Object.hasOwnProperty.call(message, "sinceUnixMs"))
                    if (!$util.isInteger(message.sinceUnixMs) && !(message.sinceUnixMs && $util.isInteger(message.sinceUnixMs.low) && $util.isInteger(message.sinceUnixMs.high)))
                        return "sinceUnixMs: integer|Long expected";
                if (message.counters != null && $Object.hasOwnProperty.call(message, "counters")) {
                    if (!$util.isObject(message.counters))
                        return "counters: object expected";
                    let key = $Object.keys(message.counters);
                    for (let i = 0; i < key.length; ++i)
                        if (typeof message.counters[key[i]] !== "number")
                            return "counters: number{k:string} expected";
                }
                return null;
            };

            ComponentHealth.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.ComponentHealth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.ComponentHealth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.ComponentHealth();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.state !== 0 && (typeof object.state !== "string" || $root.outpost.v1.ComponentState[object.state] !== 0))
                    switch (object.state) {
                    case "COMPONENT_STATE_UNSPECIFIED":
                    case 0:
                        message.state = 0;
                        break;
                    case "COMPONENT_STATE_OK":
                    case 1:
                        message.state = 1;
                        break;
                    case "COMPONENT_STATE_DEGRADED":
                    case 2:
                        message.state = 2;
                        break;
                    case "COMPONENT_STATE_FAULT":
                    case 3:
                        message.state = 3;
                        break;
                    case "COMPONENT_STATE_STOPPED":
                    case 4:
                        message.state = 4;
                        break;
                    default:
                        if (typeof object.state === "number" && (object.state | 0) === object.state)
                            message.state = object.state;
                    }
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.sinceUnixMs != null)
                    if (typeof object.sinceUnixMs === "object" ? object.sinceUnixMs.low || object.sinceUnixMs.high : $Number(object.sinceUnixMs) !== 0)
                        if ($util.Long)
                            message.sinceUnixMs = $util.Long.fromValue(object.sinceUnixMs, false);
                        else if (typeof object.sinceUnixMs === "string")
                            message.sinceUnixMs = $parseInt(object.sinceUnixMs, 10);
                        else if (typeof object.sinceUnixMs === "number")
                            message.sinceUnixMs = object.sinceUnixMs;
                        else if (typeof object.sinceUnixMs === "object")
                            message.sinceUnixMs = new $util.LongBits(object.sinceUnixMs.low >>> 0, object.sinceUnixMs.high >>> 0).toNumber();
                if (object.counters) {
                    if (!$util.isObject(object.counters))
                        throw $TypeError(".outpost.v1.ComponentHealth.counters: object expected");
                    message.counters = {};
                    for (let keys = $Object.keys(object.counters), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.counters, keys[i]);
                        message.counters[keys[i]] = $Number(object.counters[keys[i]]);
                    }
                }
                return message;
            };

            ComponentHealth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.counters = {};
                if (options.defaults) {
                    object.name = "";
                    object.state = options.enums === $String ? "COMPONENT_STATE_UNSPECIFIED" : 0;
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.sinceUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = options.enums === $String ? $root.outpost.v1.ComponentState[message.state] === $undefined ? message.state : $root.outpost.v1.ComponentState[message.state] : message.state;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.sinceUnixMs != null && $Object.hasOwnProperty.call(message, "sinceUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceUnixMs = typeof message.sinceUnixMs === "number" ? $BigInt(message.sinceUnixMs) : $util.Long.fromBits(message.sinceUnixMs.low >>> 0, message.sinceUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.sinceUnixMs === "number")
                        object.sinceUnixMs = options.longs === $String ? $String(message.sinceUnixMs) : message.sinceUnixMs;
                    else
                        object.sinceUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceUnixMs) : options.longs === $Number ? new $util.LongBits(message.sinceUnixMs.low >>> 0, message.sinceUnixMs.high >>> 0).toNumber() : message.sinceUnixMs;
                let keys2;
                if (message.counters && (keys2 = $Object.keys(message.counters)).length) {
                    object.counters = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.counters, keys2[j]);
                        object.counters[keys2[j]] = options.json && !$isFinite(message.counters[keys2[j]]) ? $String(message.counters[keys2[j]]) : message.counters[keys2[j]];
                    }
                }
                return object;
            };

            ComponentHealth.prototype.toJSON = function() {
                return ComponentHealth.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ComponentHealth;
        })();

        v1.OutboxClassDepth = (function() {

            const OutboxClassDepth = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            OutboxClassDepth.prototype.priority = 0;
            OutboxClassDepth.prototype.records = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            OutboxClassDepth.prototype.bytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            OutboxClassDepth.prototype.oldestAgeS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            OutboxClassDepth.create = function(properties) {
                return new OutboxClassDepth(properties);
            };

            OutboxClassDepth.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(8).int32(message.priority);
                if (message.records != null && $Object.hasOwnProperty.call(message, "records") && (typeof message.records === "object" ? message.records.low || message.records.high : message.records !== 0))
                    writer.uint32(16).uint64(message.records);
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes") && (typeof message.bytes === "object" ? message.bytes.low || message.bytes.high : message.bytes !== 0))
                    writer.uint32(24).uint64(message.bytes);
                if (message.oldestAgeS != null && $Object.hasOwnProperty.call(message, "oldestAgeS") && (typeof message.oldestAgeS === "object" ? message.oldestAgeS.low || message.oldestAgeS.high : message.oldestAgeS !== 0))
                    writer.uint32(32).uint64(message.oldestAgeS);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            OutboxClassDepth.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            OutboxClassDepth.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.OutboxClassDepth();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.records = value;
                            else
                                delete message.records;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytes = value;
                            else
                                delete message.bytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.oldestAgeS = value;
                            else
                                delete message.oldestAgeS;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            OutboxClassDepth.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            OutboxClassDepth.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                        return "priority: enum value expected";
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    if (!$util.isInteger(message.records) && !(message.records && $util.isInteger(message.records.low) && $util.isInteger(message.records.high)))
                        return "records: integer|Long expected";
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (!$util.isInteger(message.bytes) && !(message.bytes && $util.isInteger(message.bytes.low) && $util.isInteger(message.bytes.high)))
                        return "bytes: integer|Long expected";
                if (message.oldestAgeS != null && $Object.hasOwnProperty.call(message, "oldestAgeS"))
                    if (!$util.isInteger(message.oldestAgeS) && !(message.oldestAgeS && $util.isInteger(message.oldestAgeS.low) && $util.isInteger(message.oldestAgeS.high)))
                        return "oldestAgeS: integer|Long expected";
                return null;
            };

            OutboxClassDepth.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.OutboxClassDepth)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.OutboxClassDepth: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.OutboxClassDepth();
                if (object.priority !== 0 && (typeof object.priority !== "string" || $root.outpost.v1.Priority[object.priority] !== 0))
                    switch (object.priority) {
                    case "PRIORITY_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "PRIORITY_ALARM":
                    case 1:
                        message.priority = 1;
                        break;
                    case "PRIORITY_STATUS":
                    case 2:
                        message.priority = 2;
                        break;
                    case "PRIORITY_BULK":
                    case 3:
                        message.priority = 3;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                if (object.records != null)
                    if (typeof object.records === "object" ? object.records.low || object.records.high : $Number(object.records) !== 0)
                        if ($util.Long)
                            message.records = $util.Long.fromValue(object.records, true);
                        else if (typeof object.records === "string")
                            message.records = $parseInt(object.records, 10);
                        else if (typeof object.records === "number")
                            message.records = object.records;
                        else if (typeof object.records === "object")
                            message.records = new $util.LongBits(object.records.low >>> 0, object.records.high >>> 0).toNumber(true);
                if (object.bytes != null)
                    if (typeof object.bytes === "object" ? object.bytes.low || object.bytes.high : $Number(object.bytes) !== 0)
                        if ($util.Long)
                            message.bytes = $util.Long.fromValue(object.bytes, true);
                        else if (typeof object.bytes === "string")
                            message.bytes = $parseInt(object.bytes, 10);
                        else if (typeof object.bytes === "number")
                            message.bytes = object.bytes;
                        else if (typeof object.bytes === "object")
                            message.bytes = new $util.LongBits(object.bytes.low >>> 0, object.bytes.high >>> 0).toNumber(true);
                if (object.oldestAgeS != null)
                    if (typeof object.oldestAgeS === "object" ? object.oldestAgeS.low || object.oldestAgeS.high : $Number(object.oldestAgeS) !== 0)
                        if ($util.Long)
                            message.oldestAgeS = $util.Long.fromValue(object.oldestAgeS, true);
                        else if (typeof object.oldestAgeS === "string")
                            message.oldestAgeS = $parseInt(object.oldestAgeS, 10);
                        else if (typeof object.oldestAgeS === "number")
                            message.oldestAgeS = object.oldestAgeS;
                        else if (typeof object.oldestAgeS === "object")
                            message.oldestAgeS = new $util.LongBits(object.oldestAgeS.low >>> 0, object.oldestAgeS.high >>> 0).toNumber(true);
                return message;
            };

            OutboxClassDepth.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.priority = options.enums === $String ? "PRIORITY_UNSPECIFIED" : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.records = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.records = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.oldestAgeS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.oldestAgeS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === $String ? $root.outpost.v1.Priority[message.priority] === $undefined ? message.priority : $root.outpost.v1.Priority[message.priority] : message.priority;
                if (message.records != null && $Object.hasOwnProperty.call(message, "records"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.records = typeof message.records === "number" ? $BigInt(message.records) : $util.Long.fromBits(message.records.low >>> 0, message.records.high >>> 0, true).toBigInt();
                    else if (typeof message.records === "number")
                        object.records = options.longs === $String ? $String(message.records) : message.records;
                    else
                        object.records = options.longs === $String ? $util.Long.prototype.toString.call(message.records) : options.longs === $Number ? new $util.LongBits(message.records.low >>> 0, message.records.high >>> 0).toNumber(true) : message.records;
                if (message.bytes != null && $Object.hasOwnProperty.call(message, "bytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytes = typeof message.bytes === "number" ? $BigInt(message.bytes) : $util.Long.fromBits(message.bytes.low >>> 0, message.bytes.high >>> 0, true).toBigInt();
                    else if (typeof message.bytes === "number")
                        object.bytes = options.longs === $String ? $String(message.bytes) : message.bytes;
                    else
                        object.bytes = options.longs === $String ? $util.Long.prototype.toString.call(message.bytes) : options.longs === $Number ? new $util.LongBits(message.bytes.low >>> 0, message.bytes.high >>> 0).toNumber(true) : message.bytes;
                if (message.oldestAgeS != null && $Object.hasOwnProperty.call(message, "oldestAgeS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.oldestAgeS = typeof message.oldestAgeS === "number" ? $BigInt(message.oldestAgeS) : $util.Long.fromBits(message.oldestAgeS.low >>> 0, message.oldestAgeS.high >>> 0, true).toBigInt();
                    else if (typeof message.oldestAgeS === "number")
                        object.oldestAgeS = options.longs === $String ? $String(message.oldestAgeS) : message.oldestAgeS;
                    else
                        object.oldestAgeS = options.longs === $String ? $util.Long.prototype.toString.call(message.oldestAgeS) : options.longs === $Number ? new $util.LongBits(message.oldestAgeS.low >>> 0, message.oldestAgeS.high >>> 0).toNumber(true) : message.oldestAgeS;
                return object;
            };

            OutboxClassDepth.prototype.toJSON = function() {
                return OutboxClassDepth.toObject(this, $protobuf.util.toJSONOptions);
            };

            return OutboxClassDepth;
        })();

        v1.LinkVitals = (function() {

            const LinkVitals = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LinkVitals.prototype.connected = false;
            LinkVitals.prototype.ackRttMs = 0;
            LinkVitals.prototype.bytesSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.recordsSent = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.lastSuccessUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            LinkVitals.prototype.backlogDrainS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.signalDbm = null;
            LinkVitals.prototype.reconnects = 0;
            LinkVitals.prototype.ackRttVarMs = 0;
            LinkVitals.prototype.deliveryRateBytesPerS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.queuedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.resends = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.resentBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.duplicates = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            LinkVitals.prototype.windowBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(LinkVitals.prototype, "_signalDbm", {
                get: $util.oneOfGetter($oneOfFields = ["signalDbm"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            LinkVitals.create = function(properties) {
                return new LinkVitals(properties);
            };

            LinkVitals.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected") && message.connected !== false)
                    writer.uint32(8).bool(message.connected);
                if (message.ackRttMs != null && $Object.hasOwnProperty.call(message, "ackRttMs") && message.ackRttMs !== 0)
                    writer.uint32(16).uint32(message.ackRttMs);
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent") && (typeof message.bytesSent === "object" ? message.bytesSent.low || message.bytesSent.high : message.bytesSent !== 0))
                    writer.uint32(24).uint64(message.bytesSent);
                if (message.recordsSent != null && $Object.hasOwnProperty.call(message, "recordsSent") && (typeof message.recordsSent === "object" ? message.recordsSent.low || message.recordsSent.high : message.recordsSent !== 0))
                    writer.uint32(32).uint64(message.recordsSent);
                if (message.lastSuccessUnixMs != null && $Object.hasOwnProperty.call(message, "lastSuccessUnixMs") && (typeof message.lastSuccessUnixMs === "object" ? message.lastSuccessUnixMs.low || message.lastSuccessUnixMs.high : message.lastSuccessUnixMs !== 0))
                    writer.uint32(40).int64(message.lastSuccessUnixMs);
                if (message.backlogDrainS != null && $Object.hasOwnProperty.call(message, "backlogDrainS") && (typeof message.backlogDrainS === "object" ? message.backlogDrainS.low || message.backlogDrainS.high : message.backlogDrainS !== 0))
                    writer.uint32(48).uint64(message.backlogDrainS);
                if (message.signalDbm != null && $Object.hasOwnProperty.call(message, "signalDbm"))
                    writer.uint32(61).float(message.signalDbm);
                if (message.reconnects != null && $Object.hasOwnProperty.call(message, "reconnects") && message.reconnects !== 0)
                    writer.uint32(64).uint32(message.reconnects);
                if (message.ackRttVarMs != null && $Object.hasOwnProperty.call(message, "ackRttVarMs") && message.ackRttVarMs !== 0)
                    writer.uint32(72).uint32(message.ackRttVarMs);
                if (message.deliveryRateBytesPerS != null && $Object.hasOwnProperty.call(message, "deliveryRateBytesPerS") && (typeof message.deliveryRateBytesPerS === "object" ? message.deliveryRateBytesPerS.low || message.deliveryRateBytesPerS.high : message.deliveryRateBytesPerS !== 0))
                    writer.uint32(80).uint64(message.deliveryRateBytesPerS);
                if (message.queuedBytes != null && $Object.hasOwnProperty.call(message, "queuedBytes") && (typeof message.queuedBytes === "object" ? message.queuedBytes.low || message.queuedBytes.high : message.queuedBytes !== 0))
                    writer.uint32(88).uint64(message.queuedBytes);
                if (message.resends != null && $Object.hasOwnProperty.call(message, "resends") && (typeof message.resends === "object" ? message.resends.low || message.resends.high : message.resends !== 0))
                    writer.uint32(96).uint64(message.resends);
                if (message.resentBytes != null && $Object.hasOwnProperty.call(message, "resentBytes") && (typeof message.resentBytes === "object" ? message.resentBytes.low || message.resentBytes.high : message.resentBytes !== 0))
                    writer.uint32(104).uint64(message.resentBytes);
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates") && (typeof message.duplicates === "object" ? message.duplicates.low || message.duplicates.high : message.duplicates !== 0))
                    writer.uint32(112).uint64(message.duplicates);
                if (message.windowBytes != null && $Object.hasOwnProperty.call(message, "windowBytes") && (typeof message.windowBytes === "object" ? message.windowBytes.low || message.windowBytes.high : message.windowBytes !== 0))
                    writer.uint32(120).uint64(message.windowBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LinkVitals.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LinkVitals.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.LinkVitals();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.connected = value;
                            else
                                delete message.connected;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackRttMs = value;
                            else
                                delete message.ackRttMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.bytesSent = value;
                            else
                                delete message.bytesSent;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.recordsSent = value;
                            else
                                delete message.recordsSent;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.lastSuccessUnixMs = value;
                            else
                                delete message.lastSuccessUnixMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.backlogDrainS = value;
                            else
                                delete message.backlogDrainS;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            message.signalDbm = reader.float();
                            message._signalDbm = "signalDbm";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.reconnects = value;
                            else
                                delete message.reconnects;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.ackRttVarMs = value;
                            else
                                delete message.ackRttVarMs;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.deliveryRateBytesPerS = value;
                            else
                                delete message.deliveryRateBytesPerS;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.queuedBytes = value;
                            else
                                delete message.queuedBytes;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resends = value;
                            else
                                delete message.resends;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.resentBytes = value;
                            else
                                delete message.resentBytes;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.duplicates = value;
                            else
                                delete message.duplicates;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.windowBytes = value;
                            else
                                delete message.windowBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            LinkVitals.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LinkVitals.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected"))
                    if (typeof message.connected !== "boolean")
                        return "connected: boolean expected";
                if (message.ackRttMs != null && $Object.hasOwnProperty.call(message, "ackRttMs"))
                    if (!$util.isInteger(message.ackRttMs))
                        return "ackRttMs: integer expected";
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (!$util.isInteger(message.bytesSent) && !(message.bytesSent && $util.isInteger(message.bytesSent.low) && $util.isInteger(message.bytesSent.high)))
                        return "bytesSent: integer|Long expected";
                if (message.recordsSent != null && $Object.hasOwnProperty.call(message, "recordsSent"))
                    if (!$util.isInteger(message.recordsSent) && !(message.recordsSent && $util.isInteger(message.recordsSent.low) && $util.isInteger(message.recordsSent.high)))
                        return "recordsSent: integer|Long expected";
                if (message.lastSuccessUnixMs != null && $Object.hasOwnProperty.call(message, "lastSuccessUnixMs"))
                    if (!$util.isInteger(message.lastSuccessUnixMs) && !(message.lastSuccessUnixMs && $util.isInteger(message.lastSuccessUnixMs.low) && $util.isInteger(message.lastSuccessUnixMs.high)))
                        return "lastSuccessUnixMs: integer|Long expected";
                if (message.backlogDrainS != null && $Object.hasOwnProperty.call(message, "backlogDrainS"))
                    if (!$util.isInteger(message.backlogDrainS) && !(message.backlogDrainS && $util.isInteger(message.backlogDrainS.low) && $util.isInteger(message.backlogDrainS.high)))
                        return "backlogDrainS: integer|Long expected";
                if (message.signalDbm != null && $Object.hasOwnProperty.call(message, "signalDbm")) {
                    properties._signalDbm = 1;
                    if (typeof message.signalDbm !== "number")
                        return "signalDbm: number expected";
                }
                if (message.reconnects != null && $Object.hasOwnProperty.call(message, "reconnects"))
                    if (!$util.isInteger(message.reconnects))
                        return "reconnects: integer expected";
                if (message.ackRttVarMs != null && $Object.hasOwnProperty.call(message, "ackRttVarMs"))
                    if (!$util.isInteger(message.ackRttVarMs))
                        return "ackRttVarMs: integer expected";
                if (message.deliveryRateBytesPerS != null && $Object.hasOwnProperty.call(message, "deliveryRateBytesPerS"))
                    if (!$util.isInteger(message.deliveryRateBytesPerS) && !(message.deliveryRateBytesPerS && $util.isInteger(message.deliveryRateBytesPerS.low) && $util.isInteger(message.deliveryRateBytesPerS.high)))
                        return "deliveryRateBytesPerS: integer|Long expected";
                if (message.queuedBytes != null && $Object.hasOwnProperty.call(message, "queuedBytes"))
                    if (!$util.isInteger(message.queuedBytes) && !(message.queuedBytes && $util.isInteger(message.queuedBytes.low) && $util.isInteger(message.queuedBytes.high)))
                        return "queuedBytes: integer|Long expected";
                if (message.resends != null && $Object.hasOwnProperty.call(message, "resends"))
                    if (!$util.isInteger(message.resends) && !(message.resends && $util.isInteger(message.resends.low) && $util.isInteger(message.resends.high)))
                        return "resends: integer|Long expected";
                if (message.resentBytes != null && $Object.hasOwnProperty.call(message, "resentBytes"))
                    if (!$util.isInteger(message.resentBytes) && !(message.resentBytes && $util.isInteger(message.resentBytes.low) && $util.isInteger(message.resentBytes.high)))
                        return "resentBytes: integer|Long expected";
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (!$util.isInteger(message.duplicates) && !(message.duplicates && $util.isInteger(message.duplicates.low) && $util.isInteger(message.duplicates.high)))
                        return "duplicates: integer|Long expected";
                if (message.windowBytes != null && $Object.hasOwnProperty.call(message, "windowBytes"))
                    if (!$util.isInteger(message.windowBytes) && !(message.windowBytes && $util.isInteger(message.windowBytes.low) && $util.isInteger(message.windowBytes.high)))
                        return "windowBytes: integer|Long expected";
                return null;
            };

            LinkVitals.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.LinkVitals)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.LinkVitals: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.LinkVitals();
                if (object.connected != null)
                    if (object.connected)
                        message.connected = $Boolean(object.connected);
                if (object.ackRttMs != null)
                    if ($Number(object.ackRttMs) !== 0)
                        message.ackRttMs = object.ackRttMs >>> 0;
                if (object.bytesSent != null)
                    if (typeof object.bytesSent === "object" ? object.bytesSent.low || object.bytesSent.high : $Number(object.bytesSent) !== 0)
                        if ($util.Long)
                            message.bytesSent = $util.Long.fromValue(object.bytesSent, true);
                        else if (typeof object.bytesSent === "string")
                            message.bytesSent = $parseInt(object.bytesSent, 10);
                        else if (typeof object.bytesSent === "number")
                            message.bytesSent = object.bytesSent;
                        else if (typeof object.bytesSent === "object")
                            message.bytesSent = new $util.LongBits(object.bytesSent.low >>> 0, object.bytesSent.high >>> 0).toNumber(true);
                if (object.recordsSent != null)
                    if (typeof object.recordsSent === "object" ? object.recordsSent.low || object.recordsSent.high : $Number(object.recordsSent) !== 0)
                        if ($util.Long)
                            message.recordsSent = $util.Long.fromValue(object.recordsSent, true);
                        else if (typeof object.recordsSent === "string")
                            message.recordsSent = $parseInt(object.recordsSent, 10);
                        else if (typeof object.recordsSent === "number")
                            message.recordsSent = object.recordsSent;
                        else if (typeof object.recordsSent === "object")
                            message.recordsSent = new $util.LongBits(object.recordsSent.low >>> 0, object.recordsSent.high >>> 0).toNumber(true);
                if (object.lastSuccessUnixMs != null)
                    if (typeof object.lastSuccessUnixMs === "object" ? object.lastSuccessUnixMs.low || object.lastSuccessUnixMs.high : $Number(object.lastSuccessUnixMs) !== 0)
                        if ($util.Long)
                            message.lastSuccessUnixMs = $util.Long.fromValue(object.lastSuccessUnixMs, false);
                        else if (typeof object.lastSuccessUnixMs === "string")
                            message.lastSuccessUnixMs = $parseInt(object.lastSuccessUnixMs, 10);
                        else if (typeof object.lastSuccessUnixMs === "number")
                            message.lastSuccessUnixMs = object.lastSuccessUnixMs;
                        else if (typeof object.lastSuccessUnixMs === "object")
                            message.lastSuccessUnixMs = new $util.LongBits(object.lastSuccessUnixMs.low >>> 0, object.lastSuccessUnixMs.high >>> 0).toNumber();
                if (object.backlogDrainS != null)
                    if (typeof object.backlogDrainS === "object" ? object.backlogDrainS.low || object.backlogDrainS.high : $Number(object.backlogDrainS) !== 0)
                        if ($util.Long)
                            message.backlogDrainS = $util.Long.fromValue(object.backlogDrainS, true);
                        else if (typeof object.backlogDrainS === "string")
                            message.backlogDrainS = $parseInt(object.backlogDrainS, 10);
                        else if (typeof object.backlogDrainS === "number")
                            message.backlogDrainS = object.backlogDrainS;
                        else if (typeof object.backlogDrainS === "object")
                            message.backlogDrainS = new $util.LongBits(object.backlogDrainS.low >>> 0, object.backlogDrainS.high >>> 0).toNumber(true);
                if (object.signalDbm != null)
                    message.signalDbm = $Number(object.signalDbm);
                if (object.reconnects != null)
                    if ($Number(object.reconnects) !== 0)
                        message.reconnects = object.reconnects >>> 0;
                if (object.ackRttVarMs != null)
                    if ($Number(object.ackRttVarMs) !== 0)
                        message.ackRttVarMs = object.ackRttVarMs >>> 0;
                if (object.deliveryRateBytesPerS != null)
                    if (typeof object.deliveryRateBytesPerS === "object" ? object.deliveryRateBytesPerS.low || object.deliveryRateBytesPerS.high : $Number(object.deliveryRateBytesPerS) !== 0)
                        if ($util.Long)
                            message.deliveryRateBytesPerS = $util.Long.fromValue(object.deliveryRateBytesPerS, true);
                        else if (typeof object.deliveryRateBytesPerS === "string")
                            message.deliveryRateBytesPerS = $parseInt(object.deliveryRateBytesPerS, 10);
                        else if (typeof object.deliveryRateBytesPerS === "number")
                            message.deliveryRateBytesPerS = object.deliveryRateBytesPerS;
                        else if (typeof object.deliveryRateBytesPerS === "object")
                            message.deliveryRateBytesPerS = new $util.LongBits(object.deliveryRateBytesPerS.low >>> 0, object.deliveryRateBytesPerS.high >>> 0).toNumber(true);
                if (object.queuedBytes != null)
                    if (typeof object.queuedBytes === "object" ? object.queuedBytes.low || object.queuedBytes.high : $Number(object.queuedBytes) !== 0)
                        if ($util.Long)
                            message.queuedBytes = $util.Long.fromValue(object.queuedBytes, true);
                        else if (typeof object.queuedBytes === "string")
                            message.queuedBytes = $parseInt(object.queuedBytes, 10);
                        else if (typeof object.queuedBytes === "number")
                            message.queuedBytes = object.queuedBytes;
                        else if (typeof object.queuedBytes === "object")
                            message.queuedBytes = new $util.LongBits(object.queuedBytes.low >>> 0, object.queuedBytes.high >>> 0).toNumber(true);
                if (object.resends != null)
                    if (typeof object.resends === "object" ? object.resends.low || object.resends.high : $Number(object.resends) !== 0)
                        if ($util.Long)
                            message.resends = $util.Long.fromValue(object.resends, true);
                        else if (typeof object.resends === "string")
                            message.resends = $parseInt(object.resends, 10);
                        else if (typeof object.resends === "number")
                            message.resends = object.resends;
                        else if (typeof object.resends === "object")
                            message.resends = new $util.LongBits(object.resends.low >>> 0, object.resends.high >>> 0).toNumber(true);
                if (object.resentBytes != null)
                    if (typeof object.resentBytes === "object" ? object.resentBytes.low || object.resentBytes.high : $Number(object.resentBytes) !== 0)
                        if ($util.Long)
                            message.resentBytes = $util.Long.fromValue(object.resentBytes, true);
                        else if (typeof object.resentBytes === "string")
                            message.resentBytes = $parseInt(object.resentBytes, 10);
                        else if (typeof object.resentBytes === "number")
                            message.resentBytes = object.resentBytes;
                        else if (typeof object.resentBytes === "object")
                            message.resentBytes = new $util.LongBits(object.resentBytes.low >>> 0, object.resentBytes.high >>> 0).toNumber(true);
                if (object.duplicates != null)
                    if (typeof object.duplicates === "object" ? object.duplicates.low || object.duplicates.high : $Number(object.duplicates) !== 0)
                        if ($util.Long)
                            message.duplicates = $util.Long.fromValue(object.duplicates, true);
                        else if (typeof object.duplicates === "string")
                            message.duplicates = $parseInt(object.duplicates, 10);
                        else if (typeof object.duplicates === "number")
                            message.duplicates = object.duplicates;
                        else if (typeof object.duplicates === "object")
                            message.duplicates = new $util.LongBits(object.duplicates.low >>> 0, object.duplicates.high >>> 0).toNumber(true);
                if (object.windowBytes != null)
                    if (typeof object.windowBytes === "object" ? object.windowBytes.low || object.windowBytes.high : $Number(object.windowBytes) !== 0)
                        if ($util.Long)
                            message.windowBytes = $util.Long.fromValue(object.windowBytes, true);
                        else if (typeof object.windowBytes === "string")
                            message.windowBytes = $parseInt(object.windowBytes, 10);
                        else if (typeof object.windowBytes === "number")
                            message.windowBytes = object.windowBytes;
                        else if (typeof object.windowBytes === "object")
                            message.windowBytes = new $util.LongBits(object.windowBytes.low >>> 0, object.windowBytes.high >>> 0).toNumber(true);
                return message;
            };

            LinkVitals.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.connected = false;
                    object.ackRttMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.bytesSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.bytesSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.recordsSent = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.recordsSent = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.lastSuccessUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.lastSuccessUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.backlogDrainS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.backlogDrainS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.reconnects = 0;
                    object.ackRttVarMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.deliveryRateBytesPerS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.deliveryRateBytesPerS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.queuedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.queuedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resends = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.resends = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.resentBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.resentBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.duplicates = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.duplicates = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.windowBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.windowBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.connected != null && $Object.hasOwnProperty.call(message, "connected"))
                    object.connected = message.connected;
                if (message.ackRttMs != null && $Object.hasOwnProperty.call(message, "ackRttMs"))
                    object.ackRttMs = message.ackRttMs;
                if (message.bytesSent != null && $Object.hasOwnProperty.call(message, "bytesSent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.bytesSent = typeof message.bytesSent === "number" ? $BigInt(message.bytesSent) : $util.Long.fromBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0, true).toBigInt();
                    else if (typeof message.bytesSent === "number")
                        object.bytesSent = options.longs === $String ? $String(message.bytesSent) : message.bytesSent;
                    else
                        object.bytesSent = options.longs === $String ? $util.Long.prototype.toString.call(message.bytesSent) : options.longs === $Number ? new $util.LongBits(message.bytesSent.low >>> 0, message.bytesSent.high >>> 0).toNumber(true) : message.bytesSent;
                if (message.recordsSent != null && $Object.hasOwnProperty.call(message, "recordsSent"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.recordsSent = typeof message.recordsSent === "number" ? $BigInt(message.recordsSent) : $util.Long.fromBits(message.recordsSent.low >>> 0, message.recordsSent.high >>> 0, true).toBigInt();
                    else if (typeof message.recordsSent === "number")
                        object.recordsSent = options.longs === $String ? $String(message.recordsSent) : message.recordsSent;
                    else
                        object.recordsSent = options.longs === $String ? $util.Long.prototype.toString.call(message.recordsSent) : options.longs === $Number ? new $util.LongBits(message.recordsSent.low >>> 0, message.recordsSent.high >>> 0).toNumber(true) : message.recordsSent;
                if (message.lastSuccessUnixMs != null && $Object.hasOwnProperty.call(message, "lastSuccessUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.lastSuccessUnixMs = typeof message.lastSuccessUnixMs === "number" ? $BigInt(message.lastSuccessUnixMs) : $util.Long.fromBits(message.lastSuccessUnixMs.low >>> 0, message.lastSuccessUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.lastSuccessUnixMs === "number")
                        object.lastSuccessUnixMs = options.longs === $String ? $String(message.lastSuccessUnixMs) : message.lastSuccessUnixMs;
                    else
                        object.lastSuccessUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.lastSuccessUnixMs) : options.longs === $Number ? new $util.LongBits(message.lastSuccessUnixMs.low >>> 0, message.lastSuccessUnixMs.high >>> 0).toNumber() : message.lastSuccessUnixMs;
                if (message.backlogDrainS != null && $Object.hasOwnProperty.call(message, "backlogDrainS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.backlogDrainS = typeof message.backlogDrainS === "number" ? $BigInt(message.backlogDrainS) : $util.Long.fromBits(message.backlogDrainS.low >>> 0, message.backlogDrainS.high >>> 0, true).toBigInt();
                    else if (typeof message.backlogDrainS === "number")
                        object.backlogDrainS = options.longs === $String ? $String(message.backlogDrainS) : message.backlogDrainS;
                    else
                        object.backlogDrainS = options.longs === $String ? $util.Long.prototype.toString.call(message.backlogDrainS) : options.longs === $Number ? new $util.LongBits(message.backlogDrainS.low >>> 0, message.backlogDrainS.high >>> 0).toNumber(true) : message.backlogDrainS;
                if (message.signalDbm != null && $Object.hasOwnProperty.call(message, "signalDbm"))
                    object.signalDbm = options.json && !$isFinite(message.signalDbm) ? $String(message.signalDbm) : message.signalDbm;
                if (message.reconnects != null && $Object.hasOwnProperty.call(message, "reconnects"))
                    object.reconnects = message.reconnects;
                if (message.ackRttVarMs != null && $Object.hasOwnProperty.call(message, "ackRttVarMs"))
                    object.ackRttVarMs = message.ackRttVarMs;
                if (message.deliveryRateBytesPerS != null && $Object.hasOwnProperty.call(message, "deliveryRateBytesPerS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.deliveryRateBytesPerS = typeof message.deliveryRateBytesPerS === "number" ? $BigInt(message.deliveryRateBytesPerS) : $util.Long.fromBits(message.deliveryRateBytesPerS.low >>> 0, message.deliveryRateBytesPerS.high >>> 0, true).toBigInt();
                    else if (typeof message.deliveryRateBytesPerS === "number")
                        object.deliveryRateBytesPerS = options.longs === $String ? $String(message.deliveryRateBytesPerS) : message.deliveryRateBytesPerS;
                    else
                        object.deliveryRateBytesPerS = options.longs === $String ? $util.Long.prototype.toString.call(message.deliveryRateBytesPerS) : options.longs === $Number ? new $util.LongBits(message.deliveryRateBytesPerS.low >>> 0, message.deliveryRateBytesPerS.high >>> 0).toNumber(true) : message.deliveryRateBytesPerS;
                if (message.queuedBytes != null && $Object.hasOwnProperty.call(message, "queuedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.queuedBytes = typeof message.queuedBytes === "number" ? $BigInt(message.queuedBytes) : $util.Long.fromBits(message.queuedBytes.low >>> 0, message.queuedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.queuedBytes === "number")
                        object.queuedBytes = options.longs === $String ? $String(message.queuedBytes) : message.queuedBytes;
                    else
                        object.queuedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.queuedBytes) : options.longs === $Number ? new $util.LongBits(message.queuedBytes.low >>> 0, message.queuedBytes.high >>> 0).toNumber(true) : message.queuedBytes;
                if (message.resends != null && $Object.hasOwnProperty.call(message, "resends"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.resends = typeof message.resends === "number" ? $BigInt(message.resends) : $util.Long.fromBits(message.resends.low >>> 0, message.resends.high >>> 0, true).toBigInt();
                    else if (typeof message.resends === "number")
                        object.resends = options.longs === $String ? $String(message.resends) : message.resends;
                    else
                        object.resends = options.longs === $String ? $util.Long.prototype.toString.call(message.resends) : options.longs === $Number ? new $util.LongBits(message.resends.low >>> 0, message.resends.high >>> 0).toNumber(true) : message.resends;
                if (message.resentBytes != null && $Object.hasOwnProperty.call(message, "resentBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.resentBytes = typeof message.resentBytes === "number" ? $BigInt(message.resentBytes) : $util.Long.fromBits(message.resentBytes.low >>> 0, message.resentBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.resentBytes === "number")
                        object.resentBytes = options.longs === $String ? $String(message.resentBytes) : message.resentBytes;
                    else
                        object.resentBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.resentBytes) : options.longs === $Number ? new $util.LongBits(message.resentBytes.low >>> 0, message.resentBytes.high >>> 0).toNumber(true) : message.resentBytes;
                if (message.duplicates != null && $Object.hasOwnProperty.call(message, "duplicates"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.duplicates = typeof message.duplicates === "number" ? $BigInt(message.duplicates) : $util.Long.fromBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0, true).toBigInt();
                    else if (typeof message.duplicates === "number")
                        object.duplicates = options.longs === $String ? $String(message.duplicates) : message.duplicates;
                    else
                        object.duplicates = options.longs === $String ? $util.Long.prototype.toString.call(message.duplicates) : options.longs === $Number ? new $util.LongBits(message.duplicates.low >>> 0, message.duplicates.high >>> 0).toNumber(true) : message.duplicates;
                if (message.windowBytes != null && $Object.hasOwnProperty.call(message, "windowBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.windowBytes = typeof message.windowBytes === "number" ? $BigInt(message.windowBytes) : $util.Long.fromBits(message.windowBytes.low >>> 0, message.windowBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.windowBytes === "number")
                        object.windowBytes = options.longs === $String ? $String(message.windowBytes) : message.windowBytes;
                    else
                        object.windowBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.windowBytes) : options.longs === $Number ? new $util.LongBits(message.windowBytes.low >>> 0, message.windowBytes.high >>> 0).toNumber(true) : message.windowBytes;
                return object;
            };

            LinkVitals.prototype.toJSON = function() {
                return LinkVitals.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LinkVitals;
        })();

        v1.Vitals = (function() {

            const Vitals = function (properties) {
                this.outbox = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Vitals.prototype.supplyVoltageV = null;
            Vitals.prototype.cpuTemperatureC = null;
            Vitals.prototype.memoryUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Vitals.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Vitals.prototype.diskFreeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Vitals.prototype.diskTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Vitals.prototype.uptimeS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Vitals.prototype.outbox = $util.emptyArray;
            Vitals.prototype.link = null;
            Vitals.prototype.clockSource = 0;
            Vitals.prototype.position = null;
            Vitals.prototype.loadAverage_1m = 0;
            Vitals.prototype.agentRssBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Vitals.prototype, "_supplyVoltageV", {
                get: $util.oneOfGetter($oneOfFields = ["supplyVoltageV"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Vitals.prototype, "_cpuTemperatureC", {
                get: $util.oneOfGetter($oneOfFields = ["cpuTemperatureC"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Vitals.create = function(properties) {
                return new Vitals(properties);
            };

            Vitals.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.supplyVoltageV != null && $Object.hasOwnProperty.call(message, "supplyVoltageV"))
                    writer.uint32(13).float(message.supplyVoltageV);
                if (message.cpuTemperatureC != null && $Object.hasOwnProperty.call(message, "cpuTemperatureC"))
                    writer.uint32(21).float(message.cpuTemperatureC);
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes") && (typeof message.memoryUsedBytes === "object" ? message.memoryUsedBytes.low || message.memoryUsedBytes.high : message.memoryUsedBytes !== 0))
                    writer.uint32(24).uint64(message.memoryUsedBytes);
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                    writer.uint32(32).uint64(message.memoryTotalBytes);
                if (message.diskFreeBytes != null && $Object.hasOwnProperty.call(message, "diskFreeBytes") && (typeof message.diskFreeBytes === "object" ? message.diskFreeBytes.low || message.diskFreeBytes.high : message.diskFreeBytes !== 0))
                    writer.uint32(40).uint64(message.diskFreeBytes);
                if (message.diskTotalBytes != null && $Object.hasOwnProperty.call(message, "diskTotalBytes") && (typeof message.diskTotalBytes === "object" ? message.diskTotalBytes.low || message.diskTotalBytes.high : message.diskTotalBytes !== 0))
                    writer.uint32(48).uint64(message.diskTotalBytes);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && (typeof message.uptimeS === "object" ? message.uptimeS.low || message.uptimeS.high : message.uptimeS !== 0))
                    writer.uint32(56).uint64(message.uptimeS);
                if (message.outbox != null && message.outbox.length)
                    for (let i = 0; i < message.outbox.length; ++i)
                        $root.outpost.v1.OutboxClassDepth.encode(message.outbox[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                    $root.outpost.v1.LinkVitals.encode(message.link, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.clockSource != null && $Object.hasOwnProperty.call(message, "clockSource") && message.clockSource !== 0)
                    writer.uint32(80).int32(message.clockSource);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.outpost.v1.Position.encode(message.position, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.loadAverage_1m != null && $Object.hasOwnProperty.call(message, "loadAverage_1m") && !$Object.is(message.loadAverage_1m, 0))
                    writer.uint32(101).float(message.loadAverage_1m);
                if (message.agentRssBytes != null && $Object.hasOwnProperty.call(message, "agentRssBytes") && (typeof message.agentRssBytes === "object" ? message.agentRssBytes.low || message.agentRssBytes.high : message.agentRssBytes !== 0))
                    writer.uint32(104).uint64(message.agentRssBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Vitals.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Vitals.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Vitals();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            message.supplyVoltageV = reader.float();
                            message._supplyVoltageV = "supplyVoltageV";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            message.cpuTemperatureC = reader.float();
                            message._cpuTemperatureC = "cpuTemperatureC";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryUsedBytes = value;
                            else
                                delete message.memoryUsedBytes;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryTotalBytes = value;
                            else
                                delete message.memoryTotalBytes;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskFreeBytes = value;
                            else
                                delete message.diskFreeBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskTotalBytes = value;
                            else
                                delete message.diskTotalBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.outbox && message.outbox.length))
                                message.outbox = [];
                            message.outbox.push($root.outpost.v1.OutboxClassDepth.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.link = $root.outpost.v1.LinkVitals.decode(reader, reader.size(), $undefined, _depth + 1, message.link);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.clockSource = value;
                            else
                                delete message.clockSource;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.outpost.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 12: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.loadAverage_1m = value;
                            else
                                delete message.loadAverage_1m;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.agentRssBytes = value;
                            else
                                delete message.agentRssBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Vitals.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Vitals.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.supplyVoltageV != null && $Object.hasOwnProperty.call(message, "supplyVoltageV")) {
                    properties._supplyVoltageV = 1;
                    if (typeof message.supplyVoltageV !== "number")
                        return "supplyVoltageV: number expected";
                }
                if (message.cpuTemperatureC != null && $Object.hasOwnProperty.call(message, "cpuTemperatureC")) {
                    properties._cpuTemperatureC = 1;
                    if (typeof message.cpuTemperatureC !== "number")
                        return "cpuTemperatureC: number expected";
                }
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                    if (!$util.isInteger(message.memoryUsedBytes) && !(message.memoryUsedBytes && $util.isInteger(message.memoryUsedBytes.low) && $util.isInteger(message.memoryUsedBytes.high)))
                        return "memoryUsedBytes: integer|Long expected";
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (!$util.isInteger(message.memoryTotalBytes) && !(message.memoryTotalBytes && $util.isInteger(message.memoryTotalBytes.low) && $util.isInteger(message.memoryTotalBytes.high)))
                        return "memoryTotalBytes: integer|Long expected";
                if (message.diskFreeBytes != null && $Object.hasOwnProperty.call(message, "diskFreeBytes"))
                    if (!$util.isInteger(message.diskFreeBytes) && !(message.diskFreeBytes && $util.isInteger(message.diskFreeBytes.low) && $util.isInteger(message.diskFreeBytes.high)))
                        return "diskFreeBytes: integer|Long expected";
                if (message.diskTotalBytes != null && $Object.hasOwnProperty.call(message, "diskTotalBytes"))
                    if (!$util.isInteger(message.diskTotalBytes) && !(message.diskTotalBytes && $util.isInteger(message.diskTotalBytes.low) && $util.isInteger(message.diskTotalBytes.high)))
                        return "diskTotalBytes: integer|Long expected";
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (!$util.isInteger(message.uptimeS) && !(message.uptimeS && $util.isInteger(message.uptimeS.low) && $util.isInteger(message.uptimeS.high)))
                        return "uptimeS: integer|Long expected";
                if (message.outbox != null && $Object.hasOwnProperty.call(message, "outbox")) {
                    if (!$Array.isArray(message.outbox))
                        return "outbox: array expected";
                    for (let i = 0; i < message.outbox.length; ++i) {
                        let error = $root.outpost.v1.OutboxClassDepth.verify(message.outbox[i], _depth + 1);
                        if (error)
                            return "outbox." + error;
                    }
                }
                if (message.link != null && $Object.hasOwnProperty.call(message, "link")) {
                    let error = $root.outpost.v1.LinkVitals.verify(message.link, _depth + 1);
                    if (error)
                        return "link." + error;
                }
                if (message.clockSource != null && $Object.hasOwnProperty.call(message, "clockSource"))
                    if (typeof message.clockSource !== "number" || (message.clockSource | 0) !== message.clockSource)
                        return "clockSource: enum value expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.outpost.v1.Position.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.loadAverage_1m != null && $Object.hasOwnProperty.call(message, "loadAverage_1m"))
                    if (typeof message.loadAverage_1m !== "number")
                        return "loadAverage_1m: number expected";
                if (message.agentRssBytes != null && $Object.hasOwnProperty.call(message, "agentRssBytes"))
                    if (!$util.isInteger(message.agentRssBytes) && !(message.agentRssBytes && $util.isInteger(message.agentRssBytes.low) && $util.isInteger(message.agentRssBytes.high)))
                        return "agentRssBytes: integer|Long expected";
                return null;
            };

            Vitals.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Vitals)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Vitals: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Vitals();
                if (object.supplyVoltageV != null)
                    message.supplyVoltageV = $Number(object.supplyVoltageV);
                if (object.cpuTemperatureC != null)
                    message.cpuTemperatureC = $Number(object.cpuTemperatureC);
                if (object.memoryUsedBytes != null)
                    if (typeof object.memoryUsedBytes === "object" ? object.memoryUsedBytes.low || object.memoryUsedBytes.high : $Number(object.memoryUsedBytes) !== 0)
                        if ($util.Long)
                            message.memoryUsedBytes = $util.Long.fromValue(object.memoryUsedBytes, true);
                        else if (typeof object.memoryUsedBytes === "string")
                            message.memoryUsedBytes = $parseInt(object.memoryUsedBytes, 10);
                        else if (typeof object.memoryUsedBytes === "number")
                            message.memoryUsedBytes = object.memoryUsedBytes;
                        else if (typeof object.memoryUsedBytes === "object")
                            message.memoryUsedBytes = new $util.LongBits(object.memoryUsedBytes.low >>> 0, object.memoryUsedBytes.high >>> 0).toNumber(true);
                if (object.memoryTotalBytes != null)
                    if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                        if ($util.Long)
                            message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                        else if (typeof object.memoryTotalBytes === "string")
                            message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                        else if (typeof object.memoryTotalBytes === "number")
                            message.memoryTotalBytes = object.memoryTotalBytes;
                        else if (typeof object.memoryTotalBytes === "object")
                            message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                if (object.diskFreeBytes != null)
                    if (typeof object.diskFreeBytes === "object" ? object.diskFreeBytes.low || object.diskFreeBytes.high : $Number(object.diskFreeBytes) !== 0)
                        if ($util.Long)
                            message.diskFreeBytes = $util.Long.fromValue(object.diskFreeBytes, true);
                        else if (typeof object.diskFreeBytes === "string")
                            message.diskFreeBytes = $parseInt(object.diskFreeBytes, 10);
                        else if (typeof object.diskFreeBytes === "number")
                            message.diskFreeBytes = object.diskFreeBytes;
                        else if (typeof object.diskFreeBytes === "object")
                            message.diskFreeBytes = new $util.LongBits(object.diskFreeBytes.low >>> 0, object.diskFreeBytes.high >>> 0).toNumber(true);
                if (object.diskTotalBytes != null)
                    if (typeof object.diskTotalBytes === "object" ? object.diskTotalBytes.low || object.diskTotalBytes.high : $Number(object.diskTotalBytes) !== 0)
                        if ($util.Long)
                            message.diskTotalBytes = $util.Long.fromValue(object.diskTotalBytes, true);
                        else if (typeof object.diskTotalBytes === "string")
                            message.diskTotalBytes = $parseInt(object.diskTotalBytes, 10);
                        else if (typeof object.diskTotalBytes === "number")
                            message.diskTotalBytes = object.diskTotalBytes;
                        else if (typeof object.diskTotalBytes === "object")
                            message.diskTotalBytes = new $util.LongBits(object.diskTotalBytes.low >>> 0, object.diskTotalBytes.high >>> 0).toNumber(true);
                if (object.uptimeS != null)
                    if (typeof object.uptimeS === "object" ? object.uptimeS.low || object.uptimeS.high : $Number(object.uptimeS) !== 0)
                        if ($util.Long)
                            message.uptimeS = $util.Long.fromValue(object.uptimeS, true);
                        else if (typeof object.uptimeS === "string")
                            message.uptimeS = $parseInt(object.uptimeS, 10);
                        else if (typeof object.uptimeS === "number")
                            message.uptimeS = object.uptimeS;
                        else if (typeof object.uptimeS === "object")
                            message.uptimeS = new $util.LongBits(object.uptimeS.low >>> 0, object.uptimeS.high >>> 0).toNumber(true);
                if (object.outbox) {
                    if (!$Array.isArray(object.outbox))
                        throw $TypeError(".outpost.v1.Vitals.outbox: array expected");
                    message.outbox = $Array(object.outbox.length);
                    for (let i = 0; i < object.outbox.length; ++i) {
                        if (!$util.isObject(object.outbox[i]))
                            throw $TypeError(".outpost.v1.Vitals.outbox: object expected");
                        message.outbox[i] = $root.outpost.v1.OutboxClassDepth.fromObject(object.outbox[i], _depth + 1);
                    }
                }
                if (object.link != null) {
                    if (!$util.isObject(object.link))
                        throw $TypeError(".outpost.v1.Vitals.link: object expected");
                    message.link = $root.outpost.v1.LinkVitals.fromObject(object.link, _depth + 1);
                }
                if (object.clockSource !== 0 && (typeof object.clockSource !== "string" || $root.outpost.v1.TimeQuality[object.clockSource] !== 0))
                    switch (object.clockSource) {
                    case "TIME_QUALITY_UNSPECIFIED":
                    case 0:
                        message.clockSource = 0;
                        break;
                    case "TIME_QUALITY_GPS":
                    case 1:
                        message.clockSource = 1;
                        break;
                    case "TIME_QUALITY_NTP":
                    case 2:
                        message.clockSource = 2;
                        break;
                    case "TIME_QUALITY_RTC":
                    case 3:
                        message.clockSource = 3;
                        break;
                    default:
                        if (typeof object.clockSource === "number" && (object.clockSource | 0) === object.clockSource)
                            message.clockSource = object.clockSource;
                    }
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".outpost.v1.Vitals.position: object expected");
                    message.position = $root.outpost.v1.Position.fromObject(object.position, _depth + 1);
                }
                if (object.loadAverage_1m != null)
                    if (!$Object.is($Number(object.loadAverage_1m), 0))
                        message.loadAverage_1m = $Number(object.loadAverage_1m);
                if (object.agentRssBytes != null)
                    if (typeof object.agentRssBytes === "object" ? object.agentRssBytes.low || object.agentRssBytes.high : $Number(object.agentRssBytes) !== 0)
                        if ($util.Long)
                            message.agentRssBytes = $util.Long.fromValue(object.agentRssBytes, true);
                        else if (typeof object.agentRssBytes === "string")
                            message.agentRssBytes = $parseInt(object.agentRssBytes, 10);
                        else if (typeof object.agentRssBytes === "number")
                            message.agentRssBytes = object.agentRssBytes;
                        else if (typeof object.agentRssBytes === "object")
                            message.agentRssBytes = new $util.LongBits(object.agentRssBytes.low >>> 0, object.agentRssBytes.high >>> 0).toNumber(true);
                return message;
            };

            Vitals.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.outbox = [];
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskFreeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskFreeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.link = null;
                    object.clockSource = options.enums === $String ? "TIME_QUALITY_UNSPECIFIED" : 0;
                    object.position = null;
                    object.loadAverage_1m = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.agentRssBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.agentRssBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.supplyVoltageV != null && $Object.hasOwnProperty.call(message, "supplyVoltageV"))
                    object.supplyVoltageV = options.json && !$isFinite(message.supplyVoltageV) ? $String(message.supplyVoltageV) : message.supplyVoltageV;
                if (message.cpuTemperatureC != null && $Object.hasOwnProperty.call(message, "cpuTemperatureC"))
                    object.cpuTemperatureC = options.json && !$isFinite(message.cpuTemperatureC) ? $String(message.cpuTemperatureC) : message.cpuTemperatureC;
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryUsedBytes = typeof message.memoryUsedBytes === "number" ? $BigInt(message.memoryUsedBytes) : $util.Long.fromBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryUsedBytes === "number")
                        object.memoryUsedBytes = options.longs === $String ? $String(message.memoryUsedBytes) : message.memoryUsedBytes;
                    else
                        object.memoryUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsedBytes) : options.longs === $Number ? new $util.LongBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0).toNumber(true) : message.memoryUsedBytes;
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryTotalBytes === "number")
                        object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                    else
                        object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                if (message.diskFreeBytes != null && $Object.hasOwnProperty.call(message, "diskFreeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskFreeBytes = typeof message.diskFreeBytes === "number" ? $BigInt(message.diskFreeBytes) : $util.Long.fromBits(message.diskFreeBytes.low >>> 0, message.diskFreeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskFreeBytes === "number")
                        object.diskFreeBytes = options.longs === $String ? $String(message.diskFreeBytes) : message.diskFreeBytes;
                    else
                        object.diskFreeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskFreeBytes) : options.longs === $Number ? new $util.LongBits(message.diskFreeBytes.low >>> 0, message.diskFreeBytes.high >>> 0).toNumber(true) : message.diskFreeBytes;
                if (message.diskTotalBytes != null && $Object.hasOwnProperty.call(message, "diskTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskTotalBytes = typeof message.diskTotalBytes === "number" ? $BigInt(message.diskTotalBytes) : $util.Long.fromBits(message.diskTotalBytes.low >>> 0, message.diskTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskTotalBytes === "number")
                        object.diskTotalBytes = options.longs === $String ? $String(message.diskTotalBytes) : message.diskTotalBytes;
                    else
                        object.diskTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskTotalBytes) : options.longs === $Number ? new $util.LongBits(message.diskTotalBytes.low >>> 0, message.diskTotalBytes.high >>> 0).toNumber(true) : message.diskTotalBytes;
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeS = typeof message.uptimeS === "number" ? $BigInt(message.uptimeS) : $util.Long.fromBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeS === "number")
                        object.uptimeS = options.longs === $String ? $String(message.uptimeS) : message.uptimeS;
                    else
                        object.uptimeS = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeS) : options.longs === $Number ? new $util.LongBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0).toNumber(true) : message.uptimeS;
                if (message.outbox && message.outbox.length) {
                    object.outbox = $Array(message.outbox.length);
                    for (let j = 0; j < message.outbox.length; ++j)
                        object.outbox[j] = $root.outpost.v1.OutboxClassDepth.toObject(message.outbox[j], options, _depth + 1);
                }
                if (message.link != null && $Object.hasOwnProperty.call(message, "link"))
                    object.link = $root.outpost.v1.LinkVitals.toObject(message.link, options, _depth + 1);
                if (message.clockSource != null && $Object.hasOwnProperty.call(message, "clockSource"))
                    object.clockSource = options.enums === $String ? $root.outpost.v1.TimeQuality[message.clockSource] === $undefined ? message.clockSource : $root.outpost.v1.TimeQuality[message.clockSource] : message.clockSource;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.outpost.v1.Position.toObject(message.position, options, _depth + 1);
                if (message.loadAverage_1m != null && $Object.hasOwnProperty.call(message, "loadAverage_1m"))
                    object.loadAverage_1m = options.json && !$isFinite(message.loadAverage_1m) ? $String(message.loadAverage_1m) : message.loadAverage_1m;
                if (message.agentRssBytes != null && $Object.hasOwnProperty.call(message, "agentRssBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.agentRssBytes = typeof message.agentRssBytes === "number" ? $BigInt(message.agentRssBytes) : $util.Long.fromBits(message.agentRssBytes.low >>> 0, message.agentRssBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.agentRssBytes === "number")
                        object.agentRssBytes = options.longs === $String ? $String(message.agentRssBytes) : message.agentRssBytes;
                    else
                        object.agentRssBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.agentRssBytes) : options.longs === $Number ? new $util.LongBits(message.agentRssBytes.low >>> 0, message.agentRssBytes.high >>> 0).toNumber(true) : message.agentRssBytes;
                return object;
            };

            Vitals.prototype.toJSON = function() {
                return Vitals.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Vitals;
        })();

        v1.PostStatus = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POST_STATUS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "POST_STATUS_ONLINE"] = 1;
            values[valuesById[2] = "POST_STATUS_OFFLINE"] = 2;
            values[valuesById[3] = "POST_STATUS_LOST"] = 3;
            return values;
        })();

        v1.FixQuality = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "FIX_QUALITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "FIX_QUALITY_NONE"] = 1;
            values[valuesById[2] = "FIX_QUALITY_GPS"] = 2;
            values[valuesById[3] = "FIX_QUALITY_DGPS"] = 3;
            values[valuesById[4] = "FIX_QUALITY_RTK"] = 4;
            values[valuesById[5] = "FIX_QUALITY_FLOAT_RTK"] = 5;
            values[valuesById[6] = "FIX_QUALITY_ESTIMATED"] = 6;
            values[valuesById[7] = "FIX_QUALITY_CONFIGURED"] = 7;
            return values;
        })();

        v1.Position = (function() {

            const Position = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Position.prototype.latitudeDeg = 0;
            Position.prototype.longitudeDeg = 0;
            Position.prototype.altitudeM = null;
            Position.prototype.fixQuality = 0;
            Position.prototype.satellites = 0;
            Position.prototype.hdop = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Position.prototype, "_altitudeM", {
                get: $util.oneOfGetter($oneOfFields = ["altitudeM"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Position.prototype, "_hdop", {
                get: $util.oneOfGetter($oneOfFields = ["hdop"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Position.create = function(properties) {
                return new Position(properties);
            };

            Position.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.latitudeDeg != null && $Object.hasOwnProperty.call(message, "latitudeDeg") && !$Object.is(message.latitudeDeg, 0))
                    writer.uint32(9).double(message.latitudeDeg);
                if (message.longitudeDeg != null && $Object.hasOwnProperty.call(message, "longitudeDeg") && !$Object.is(message.longitudeDeg, 0))
                    writer.uint32(17).double(message.longitudeDeg);
                if (message.altitudeM != null && $Object.hasOwnProperty.call(message, "altitudeM"))
                    writer.uint32(25).double(message.altitudeM);
                if (message.fixQuality != null && $Object.hasOwnProperty.call(message, "fixQuality") && message.fixQuality !== 0)
                    writer.uint32(32).int32(message.fixQuality);
                if (message.satellites != null && $Object.hasOwnProperty.call(message, "satellites") && message.satellites !== 0)
                    writer.uint32(40).uint32(message.satellites);
                if (message.hdop != null && $Object.hasOwnProperty.call(message, "hdop"))
                    writer.uint32(53).float(message.hdop);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Position.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Position.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Position();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.latitudeDeg = value;
                            else
                                delete message.latitudeDeg;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.longitudeDeg = value;
                            else
                                delete message.longitudeDeg;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.altitudeM = reader.double();
                            message._altitudeM = "altitudeM";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.fixQuality = value;
                            else
                                delete message.fixQuality;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.satellites = value;
                            else
                                delete message.satellites;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 5)
                                break;
                            message.hdop = reader.float();
                            message._hdop = "hdop";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Position.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Position.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.latitudeDeg != null && $Object.hasOwnProperty.call(message, "latitudeDeg"))
                    if (typeof message.latitudeDeg !== "number")
                        return "latitudeDeg: number expected";
                if (message.longitudeDeg != null && $Object.hasOwnProperty.call(message, "longitudeDeg"))
                    if (typeof message.longitudeDeg !== "number")
                        return "longitudeDeg: number expected";
                if (message.altitudeM != null && $Object.hasOwnProperty.call(message, "altitudeM")) {
                    properties._altitudeM = 1;
                    if (typeof message.altitudeM !== "number")
                        return "altitudeM: number expected";
                }
                if (message.fixQuality != null && $Object.hasOwnProperty.call(message, "fixQuality"))
                    if (typeof message.fixQuality !== "number" || (message.fixQuality | 0) !== message.fixQuality)
                        return "fixQuality: enum value expected";
                if (message.satellites != null && $Object.hasOwnProperty.call(message, "satellites"))
                    if (!$util.isInteger(message.satellites))
                        return "satellites: integer expected";
                if (message.hdop != null && $Object.hasOwnProperty.call(message, "hdop")) {
                    properties._hdop = 1;
                    if (typeof message.hdop !== "number")
                        return "hdop: number expected";
                }
                return null;
            };

            Position.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Position)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Position: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Position();
                if (object.latitudeDeg != null)
                    if (!$Object.is($Number(object.latitudeDeg), 0))
                        message.latitudeDeg = $Number(object.latitudeDeg);
                if (object.longitudeDeg != null)
                    if (!$Object.is($Number(object.longitudeDeg), 0))
                        message.longitudeDeg = $Number(object.longitudeDeg);
                if (object.altitudeM != null)
                    message.altitudeM = $Number(object.altitudeM);
                if (object.fixQuality !== 0 && (typeof object.fixQuality !== "string" || $root.outpost.v1.FixQuality[object.fixQuality] !== 0))
                    switch (object.fixQuality) {
                    case "FIX_QUALITY_UNSPECIFIED":
                    case 0:
                        message.fixQuality = 0;
                        break;
                    case "FIX_QUALITY_NONE":
                    case 1:
                        message.fixQuality = 1;
                        break;
                    case "FIX_QUALITY_GPS":
                    case 2:
                        message.fixQuality = 2;
                        break;
                    case "FIX_QUALITY_DGPS":
                    case 3:
                        message.fixQuality = 3;
                        break;
                    case "FIX_QUALITY_RTK":
                    case 4:
                        message.fixQuality = 4;
                        break;
                    case "FIX_QUALITY_FLOAT_RTK":
                    case 5:
                        message.fixQuality = 5;
                        break;
                    case "FIX_QUALITY_ESTIMATED":
                    case 6:
                        message.fixQuality = 6;
                        break;
                    case "FIX_QUALITY_CONFIGURED":
                    case 7:
                        message.fixQuality = 7;
                        break;
                    default:
                        if (typeof object.fixQuality === "number" && (object.fixQuality | 0) === object.fixQuality)
                            message.fixQuality = object.fixQuality;
                    }
                if (object.satellites != null)
                    if ($Number(object.satellites) !== 0)
                        message.satellites = object.satellites >>> 0;
                if (object.hdop != null)
                    message.hdop = $Number(object.hdop);
                return message;
            };

            Position.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.latitudeDeg = 0;
                    object.longitudeDeg = 0;
                    object.fixQuality = options.enums === $String ? "FIX_QUALITY_UNSPECIFIED" : 0;
                    object.satellites = 0;
                }
                if (message.latitudeDeg != null && $Object.hasOwnProperty.call(message, "latitudeDeg"))
                    object.latitudeDeg = options.json && !$isFinite(message.latitudeDeg) ? $String(message.latitudeDeg) : message.latitudeDeg;
                if (message.longitudeDeg != null && $Object.hasOwnProperty.call(message, "longitudeDeg"))
                    object.longitudeDeg = options.json && !$isFinite(message.longitudeDeg) ? $String(message.longitudeDeg) : message.longitudeDeg;
                if (message.altitudeM != null && $Object.hasOwnProperty.call(message, "altitudeM"))
                    object.altitudeM = options.json && !$isFinite(message.altitudeM) ? $String(message.altitudeM) : message.altitudeM;
                if (message.fixQuality != null && $Object.hasOwnProperty.call(message, "fixQuality"))
                    object.fixQuality = options.enums === $String ? $root.outpost.v1.FixQuality[message.fixQuality] === $undefined ? message.fixQuality : $root.outpost.v1.FixQuality[message.fixQuality] : message.fixQuality;
                if (message.satellites != null && $Object.hasOwnProperty.call(message, "satellites"))
                    object.satellites = message.satellites;
                if (message.hdop != null && $Object.hasOwnProperty.call(message, "hdop"))
                    object.hdop = options.json && !$isFinite(message.hdop) ? $String(message.hdop) : message.hdop;
                return object;
            };

            Position.prototype.toJSON = function() {
                return Position.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Position;
        })();

        v1.PostState = (function() {

            const PostState = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            PostState.prototype.postId = "";
            PostState.prototype.status = 0;
            PostState.prototype.bootId = "";
            PostState.prototype.agentVersion = "";
            PostState.prototype.configHash = "";
            PostState.prototype.startedUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PostState.prototype.timeUnixMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            PostState.prototype.name = "";
            PostState.prototype.position = null;
            PostState.prototype.storeId = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            PostState.create = function(properties) {
                return new PostState(properties);
            };

            PostState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId") && message.postId !== "")
                    writer.uint32(10).string(message.postId);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                    writer.uint32(16).int32(message.status);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(26).string(message.bootId);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(34).string(message.agentVersion);
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash") && message.configHash !== "")
                    writer.uint32(42).string(message.configHash);
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs") && (typeof message.startedUnixMs === "object" ? message.startedUnixMs.low || message.startedUnixMs.high : message.startedUnixMs !== 0))
                    writer.uint32(48).int64(message.startedUnixMs);
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs") && (typeof message.timeUnixMs === "object" ? message.timeUnixMs.low || message.timeUnixMs.high : message.timeUnixMs !== 0))
                    writer.uint32(56).int64(message.timeUnixMs);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(66).string(message.name);
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    $root.outpost.v1.Position.encode(message.position, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId") && (typeof message.storeId === "object" ? message.storeId.low || message.storeId.high : message.storeId !== 0))
                    writer.uint32(81).fixed64(message.storeId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            PostState.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            PostState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.PostState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.postId = value;
                            else
                                delete message.postId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.configHash = value;
                            else
                                delete message.configHash;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedUnixMs = value;
                            else
                                delete message.startedUnixMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.timeUnixMs = value;
                            else
                                delete message.timeUnixMs;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.position = $root.outpost.v1.Position.decode(reader, reader.size(), $undefined, _depth + 1, message.position);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            if (typeof (value = reader.fixed64()) === "object" ? value.low || value.high : value !== 0)
                                message.storeId = value;
                            else
                                delete message.storeId;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            PostState.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            PostState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId"))
                    if (!$util.isString(message.postId))
                        return "postId: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash"))
                    if (!$util.isString(message.configHash))
                        return "configHash: string expected";
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs"))
                    if (!$util.isInteger(message.startedUnixMs) && !(message.startedUnixMs && $util.isInteger(message.startedUnixMs.low) && $util.isInteger(message.startedUnixMs.high)))
                        return "startedUnixMs: integer|Long expected";
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs"))
                    if (!$util.isInteger(message.timeUnixMs) && !(message.timeUnixMs && $util.isInteger(message.timeUnixMs.low) && $util.isInteger(message.timeUnixMs.high)))
                        return "timeUnixMs: integer|Long expected";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.position != null && $Object.hasOwnProperty.call(message, "position")) {
                    let error = $root.outpost.v1.Position.verify(message.position, _depth + 1);
                    if (error)
                        return "position." + error;
                }
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (!$util.isInteger(message.storeId) && !(message.storeId && $util.isInteger(message.storeId.low) && $util.isInteger(message.storeId.high)))
                        return "storeId: integer|Long expected";
                return null;
            };

            PostState.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.PostState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.PostState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.PostState();
                if (object.postId != null)
                    if (typeof object.postId !== "string" || object.postId.length)
                        message.postId = $String(object.postId);
                if (object.status !== 0 && (typeof object.status !== "string" || $root.outpost.v1.PostStatus[object.status] !== 0))
                    switch (object.status) {
                    case "POST_STATUS_UNSPECIFIED":
                    case 0:
                        message.status = 0;
                        break;
                    case "POST_STATUS_ONLINE":
                    case 1:
                        message.status = 1;
                        break;
                    case "POST_STATUS_OFFLINE":
                    case 2:
                        message.status = 2;
                        break;
                    case "POST_STATUS_LOST":
                    case 3:
                        message.status = 3;
                        break;
                    default:
                        if (typeof object.status === "number" && (object.status | 0) === object.status)
                            message.status = object.status;
                    }
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.configHash != null)
                    if (typeof object.configHash !== "string" || object.configHash.length)
                        message.configHash = $String(object.configHash);
                if (object.startedUnixMs != null)
                    if (typeof object.startedUnixMs === "object" ? object.startedUnixMs.low || object.startedUnixMs.high : $Number(object.startedUnixMs) !== 0)
                        if ($util.Long)
                            message.startedUnixMs = $util.Long.fromValue(object.startedUnixMs, false);
                        else if (typeof object.startedUnixMs === "string")
                            message.startedUnixMs = $parseInt(object.startedUnixMs, 10);
                        else if (typeof object.startedUnixMs === "number")
                            message.startedUnixMs = object.startedUnixMs;
                        else if (typeof object.startedUnixMs === "object")
                            message.startedUnixMs = new $util.LongBits(object.startedUnixMs.low >>> 0, object.startedUnixMs.high >>> 0).toNumber();
                if (object.timeUnixMs != null)
                    if (typeof object.timeUnixMs === "object" ? object.timeUnixMs.low || object.timeUnixMs.high : $Number(object.timeUnixMs) !== 0)
                        if ($util.Long)
                            message.timeUnixMs = $util.Long.fromValue(object.timeUnixMs, false);
                        else if (typeof object.timeUnixMs === "string")
                            message.timeUnixMs = $parseInt(object.timeUnixMs, 10);
                        else if (typeof object.timeUnixMs === "number")
                            message.timeUnixMs = object.timeUnixMs;
                        else if (typeof object.timeUnixMs === "object")
                            message.timeUnixMs = new $util.LongBits(object.timeUnixMs.low >>> 0, object.timeUnixMs.high >>> 0).toNumber();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.position != null) {
                    if (!$util.isObject(object.position))
                        throw $TypeError(".outpost.v1.PostState.position: object expected");
                    message.position = $root.outpost.v1.Position.fromObject(object.position, _depth + 1);
                }
                if (object.storeId != null)
                    if (typeof object.storeId === "object" ? object.storeId.low || object.storeId.high : $Number(object.storeId) !== 0)
                        if ($util.Long)
                            message.storeId = $util.Long.fromValue(object.storeId, true);
                        else if (typeof object.storeId === "string")
                            message.storeId = $parseInt(object.storeId, 10);
                        else if (typeof object.storeId === "number")
                            message.storeId = object.storeId;
                        else if (typeof object.storeId === "object")
                            message.storeId = new $util.LongBits(object.storeId.low >>> 0, object.storeId.high >>> 0).toNumber(true);
                return message;
            };

            PostState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.postId = "";
                    object.status = options.enums === $String ? "POST_STATUS_UNSPECIFIED" : 0;
                    object.bootId = "";
                    object.agentVersion = "";
                    object.configHash = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.startedUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.timeUnixMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.timeUnixMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.name = "";
                    object.position = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.storeId = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.storeId = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.postId != null && $Object.hasOwnProperty.call(message, "postId"))
                    object.postId = message.postId;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.outpost.v1.PostStatus[message.status] === $undefined ? message.status : $root.outpost.v1.PostStatus[message.status] : message.status;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.configHash != null && $Object.hasOwnProperty.call(message, "configHash"))
                    object.configHash = message.configHash;
                if (message.startedUnixMs != null && $Object.hasOwnProperty.call(message, "startedUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedUnixMs = typeof message.startedUnixMs === "number" ? $BigInt(message.startedUnixMs) : $util.Long.fromBits(message.startedUnixMs.low >>> 0, message.startedUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.startedUnixMs === "number")
                        object.startedUnixMs = options.longs === $String ? $String(message.startedUnixMs) : message.startedUnixMs;
                    else
                        object.startedUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedUnixMs) : options.longs === $Number ? new $util.LongBits(message.startedUnixMs.low >>> 0, message.startedUnixMs.high >>> 0).toNumber() : message.startedUnixMs;
                if (message.timeUnixMs != null && $Object.hasOwnProperty.call(message, "timeUnixMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.timeUnixMs = typeof message.timeUnixMs === "number" ? $BigInt(message.timeUnixMs) : $util.Long.fromBits(message.timeUnixMs.low >>> 0, message.timeUnixMs.high >>> 0, false).toBigInt();
                    else if (typeof message.timeUnixMs === "number")
                        object.timeUnixMs = options.longs === $String ? $String(message.timeUnixMs) : message.timeUnixMs;
                    else
                        object.timeUnixMs = options.longs === $String ? $util.Long.prototype.toString.call(message.timeUnixMs) : options.longs === $Number ? new $util.LongBits(message.timeUnixMs.low >>> 0, message.timeUnixMs.high >>> 0).toNumber() : message.timeUnixMs;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.position != null && $Object.hasOwnProperty.call(message, "position"))
                    object.position = $root.outpost.v1.Position.toObject(message.position, options, _depth + 1);
                if (message.storeId != null && $Object.hasOwnProperty.call(message, "storeId"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.storeId = typeof message.storeId === "number" ? $BigInt(message.storeId) : $util.Long.fromBits(message.storeId.low >>> 0, message.storeId.high >>> 0, true).toBigInt();
                    else if (typeof message.storeId === "number")
                        object.storeId = options.longs === $String ? $String(message.storeId) : message.storeId;
                    else
                        object.storeId = options.longs === $String ? $util.Long.prototype.toString.call(message.storeId) : options.longs === $Number ? new $util.LongBits(message.storeId.low >>> 0, message.storeId.high >>> 0).toNumber(true) : message.storeId;
                return object;
            };

            PostState.prototype.toJSON = function() {
                return PostState.toObject(this, $protobuf.util.toJSONOptions);
            };

            return PostState;
        })();

        v1.Reading = (function() {

            const Reading = function (properties) {
                this.channels = [];
                this.samples = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Reading.prototype.sensor = "";
            Reading.prototype.channels = $util.emptyArray;
            Reading.prototype.samples = $util.emptyArray;

            Reading.create = function(properties) {
                return new Reading(properties);
            };

            Reading.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor") && message.sensor !== "")
                    writer.uint32(10).string(message.sensor);
                if (message.channels != null && message.channels.length)
                    for (let i = 0; i < message.channels.length; ++i)
                        $root.outpost.v1.Channel.encode(message.channels[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.samples != null && message.samples.length)
                    for (let i = 0; i < message.samples.length; ++i)
                        $root.outpost.v1.Sample.encode(message.samples[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Reading.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Reading.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Reading();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.sensor = value;
                            else
                                delete message.sensor;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.channels && message.channels.length))
                                message.channels = [];
                            message.channels.push($root.outpost.v1.Channel.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.samples && message.samples.length))
                                message.samples = [];
                            message.samples.push($root.outpost.v1.Sample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Reading.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Reading.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor"))
                    if (!$util.isString(message.sensor))
                        return "sensor: string expected";
                if (message.channels != null && $Object.hasOwnProperty.call(message, "channels")) {
                    if (!$Array.isArray(message.channels))
                        return "channels: array expected";
                    for (let i = 0; i < message.channels.length; ++i) {
                        let error = $root.outpost.v1.Channel.verify(message.channels[i], _depth + 1);
                        if (error)
                            return "channels." + error;
                    }
                }
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples")) {
                    if (!$Array.isArray(message.samples))
                        return "samples: array expected";
                    for (let i = 0; i < message.samples.length; ++i) {
                        let error = $root.outpost.v1.Sample.verify(message.samples[i], _depth + 1);
                        if (error)
                            return "samples." + error;
                    }
                }
                return null;
            };

            Reading.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Reading)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Reading: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Reading();
                if (object.sensor != null)
                    if (typeof object.sensor !== "string" || object.sensor.length)
                        message.sensor = $String(object.sensor);
                if (object.channels) {
                    if (!$Array.isArray(object.channels))
                        throw $TypeError(".outpost.v1.Reading.channels: array expected");
                    message.channels = $Array(object.channels.length);
                    for (let i = 0; i < object.channels.length; ++i) {
                        if (!$util.isObject(object.channels[i]))
                            throw $TypeError(".outpost.v1.Reading.channels: object expected");
                        message.channels[i] = $root.outpost.v1.Channel.fromObject(object.channels[i], _depth + 1);
                    }
                }
                if (object.samples) {
                    if (!$Array.isArray(object.samples))
                        throw $TypeError(".outpost.v1.Reading.samples: array expected");
                    message.samples = $Array(object.samples.length);
                    for (let i = 0; i < object.samples.length; ++i) {
                        if (!$util.isObject(object.samples[i]))
                            throw $TypeError(".outpost.v1.Reading.samples: object expected");
                        message.samples[i] = $root.outpost.v1.Sample.fromObject(object.samples[i], _depth + 1);
                    }
                }
                return message;
            };

            Reading.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.channels = [];
                    object.samples = [];
                }
                if (options.defaults)
                    object.sensor = "";
                if (message.sensor != null && $Object.hasOwnProperty.call(message, "sensor"))
                    object.sensor = message.sensor;
                if (message.channels && message.channels.length) {
                    object.channels = $Array(message.channels.length);
                    for (let j = 0; j < message.channels.length; ++j)
                        object.channels[j] = $root.outpost.v1.Channel.toObject(message.channels[j], options, _depth + 1);
                }
                if (message.samples && message.samples.length) {
                    object.samples = $Array(message.samples.length);
                    for (let j = 0; j < message.samples.length; ++j)
                        object.samples[j] = $root.outpost.v1.Sample.toObject(message.samples[j], options, _depth + 1);
                }
                return object;
            };

            Reading.prototype.toJSON = function() {
                return Reading.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Reading;
        })();

        v1.Channel = (function() {

            const Channel = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Channel.prototype.name = "";
            Channel.prototype.unit = "";

            Channel.create = function(properties) {
                return new Channel(properties);
            };

            Channel.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(10).string(message.name);
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit") && message.unit !== "")
                    writer.uint32(18).string(message.unit);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Channel.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Channel.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Channel();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.unit = value;
                            else
                                delete message.unit;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Channel.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Channel.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    if (!$util.isString(message.unit))
                        return "unit: string expected";
                return null;
            };

            Channel.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Channel)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Channel: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Channel();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.unit != null)
                    if (typeof object.unit !== "string" || object.unit.length)
                        message.unit = $String(object.unit);
                return message;
            };

            Channel.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.unit = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.unit != null && $Object.hasOwnProperty.call(message, "unit"))
                    object.unit = message.unit;
                return object;
            };

            Channel.prototype.toJSON = function() {
                return Channel.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Channel;
        })();

        v1.Sample = (function() {

            const Sample = function (properties) {
                this.values = [];
                this.faulted = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Sample.prototype.offsetMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Sample.prototype.values = $util.emptyArray;
            Sample.prototype.faulted = $util.emptyArray;

            Sample.create = function(properties) {
                return new Sample(properties);
            };

            Sample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs") && (typeof message.offsetMs === "object" ? message.offsetMs.low || message.offsetMs.high : message.offsetMs !== 0))
                    writer.uint32(8).sint64(message.offsetMs);
                if (message.values != null && message.values.length)
                    writer.uint32(18).doubles(message.values);
                if (message.faulted != null && message.faulted.length)
                    writer.uint32(26).uint32s(message.faulted);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Sample.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Sample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Sample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.sint64()) === "object" ? value.low || value.high : value !== 0)
                                message.offsetMs = value;
                            else
                                delete message.offsetMs;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.values && message.values.length))
                                    message.values = [];
                                reader.doubles(message.values);
                                continue;
                            }
                            if (wireType !== 1)
                                break;
                            if (!(message.values && message.values.length))
                                message.values = [];
                            message.values.push(reader.double());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.faulted && message.faulted.length))
                                    message.faulted = [];
                                reader.uint32s(message.faulted);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.faulted && message.faulted.length))
                                message.faulted = [];
                            message.faulted.push(reader.uint32());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Sample.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Sample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    if (!$util.isInteger(message.offsetMs) && !(message.offsetMs && $util.isInteger(message.offsetMs.low) && $util.isInteger(message.offsetMs.high)))
                        return "offsetMs: integer|Long expected";
                if (message.values != null && $Object.hasOwnProperty.call(message, "values")) {
                    if (!$Array.isArray(message.values))
                        return "values: array expected";
                    for (let i = 0; i < message.values.length; ++i)
                        if (typeof message.values[i] !== "number")
                            return "values: number[] expected";
                }
                if (message.faulted != null && $Object.hasOwnProperty.call(message, "faulted")) {
                    if (!$Array.isArray(message.faulted))
                        return "faulted: array expected";
                    for (let i = 0; i < message.faulted.length; ++i)
                        if (!$util.isInteger(message.faulted[i]))
                            return "faulted: integer[] expected";
                }
                return null;
            };

            Sample.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Sample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Sample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Sample();
                if (object.offsetMs != null)
                    if (typeof object.offsetMs === "object" ? object.offsetMs.low || object.offsetMs.high : $Number(object.offsetMs) !== 0)
                        if ($util.Long)
                            message.offsetMs = $util.Long.fromValue(object.offsetMs, false);
                        else if (typeof object.offsetMs === "string")
                            message.offsetMs = $parseInt(object.offsetMs, 10);
                        else if (typeof object.offsetMs === "number")
                            message.offsetMs = object.offsetMs;
                        else if (typeof object.offsetMs === "object")
                            message.offsetMs = new $util.LongBits(object.offsetMs.low >>> 0, object.offsetMs.high >>> 0).toNumber();
                if (object.values) {
                    if (!$Array.isArray(object.values))
                        throw $TypeError(".outpost.v1.Sample.values: array expected");
                    message.values = $Array(object.values.length);
                    for (let i = 0; i < object.values.length; ++i)
                        message.values[i] = $Number(object.values[i]);
                }
                if (object.faulted) {
                    if (!$Array.isArray(object.faulted))
                        throw $TypeError(".outpost.v1.Sample.faulted: array expected");
                    message.faulted = $Array(object.faulted.length);
                    for (let i = 0; i < object.faulted.length; ++i)
                        message.faulted[i] = object.faulted[i] >>> 0;
                }
                return message;
            };

            Sample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.values = [];
                    object.faulted = [];
                }
                if (options.defaults)
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.offsetMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.offsetMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                if (message.offsetMs != null && $Object.hasOwnProperty.call(message, "offsetMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.offsetMs = typeof message.offsetMs === "number" ? $BigInt(message.offsetMs) : $util.Long.fromBits(message.offsetMs.low >>> 0, message.offsetMs.high >>> 0, false).toBigInt();
                    else if (typeof message.offsetMs === "number")
                        object.offsetMs = options.longs === $String ? $String(message.offsetMs) : message.offsetMs;
                    else
                        object.offsetMs = options.longs === $String ? $util.Long.prototype.toString.call(message.offsetMs) : options.longs === $Number ? new $util.LongBits(message.offsetMs.low >>> 0, message.offsetMs.high >>> 0).toNumber() : message.offsetMs;
                if (message.values && message.values.length) {
                    object.values = $Array(message.values.length);
                    for (let j = 0; j < message.values.length; ++j)
                        object.values[j] = options.json && !$isFinite(message.values[j]) ? $String(message.values[j]) : message.values[j];
                }
                if (message.faulted && message.faulted.length) {
                    object.faulted = $Array(message.faulted.length);
                    for (let j = 0; j < message.faulted.length; ++j)
                        object.faulted[j] = message.faulted[j];
                }
                return object;
            };

            Sample.prototype.toJSON = function() {
                return Sample.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Sample;
        })();

        v1.SnapshotReason = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SNAPSHOT_REASON_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SNAPSHOT_REASON_ALARM"] = 1;
            values[valuesById[2] = "SNAPSHOT_REASON_SCHEDULED"] = 2;
            values[valuesById[3] = "SNAPSHOT_REASON_REQUESTED"] = 3;
            return values;
        })();

        v1.Snapshot = (function() {

            const Snapshot = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Snapshot.prototype.camera = "";
            Snapshot.prototype.detectionId = "";
            Snapshot.prototype.contentType = "";
            Snapshot.prototype.data = $util.newBuffer([]);
            Snapshot.prototype.width = 0;
            Snapshot.prototype.height = 0;
            Snapshot.prototype.id = "";
            Snapshot.prototype.incidentId = "";
            Snapshot.prototype.reason = 0;
            Snapshot.prototype.frameIndex = 0;
            Snapshot.prototype.frameCount = 0;
            Snapshot.prototype.fullWidth = 0;
            Snapshot.prototype.fullHeight = 0;
            Snapshot.prototype.fullSizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;
            Snapshot.prototype.triggerSensor = "";

            Snapshot.create = function(properties) {
                return new Snapshot(properties);
            };

            Snapshot.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera") && message.camera !== "")
                    writer.uint32(10).string(message.camera);
                if (message.detectionId != null && $Object.hasOwnProperty.call(message, "detectionId") && message.detectionId !== "")
                    writer.uint32(18).string(message.detectionId);
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType") && message.contentType !== "")
                    writer.uint32(26).string(message.contentType);
                if (message.data != null && $Object.hasOwnProperty.call(message, "data") && message.data.length)
                    writer.uint32(34).bytes(message.data);
                if (message.width != null && $Object.hasOwnProperty.call(message, "width") && message.width !== 0)
                    writer.uint32(40).uint32(message.width);
                if (message.height != null && $Object.hasOwnProperty.call(message, "height") && message.height !== 0)
                    writer.uint32(48).uint32(message.height);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(58).string(message.id);
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId") && message.incidentId !== "")
                    writer.uint32(66).string(message.incidentId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== 0)
                    writer.uint32(72).int32(message.reason);
                if (message.frameIndex != null && $Object.hasOwnProperty.call(message, "frameIndex") && message.frameIndex !== 0)
                    writer.uint32(80).uint32(message.frameIndex);
                if (message.frameCount != null && $Object.hasOwnProperty.call(message, "frameCount") && message.frameCount !== 0)
                    writer.uint32(88).uint32(message.frameCount);
                if (message.fullWidth != null && $Object.hasOwnProperty.call(message, "fullWidth") && message.fullWidth !== 0)
                    writer.uint32(96).uint32(message.fullWidth);
                if (message.fullHeight != null && $Object.hasOwnProperty.call(message, "fullHeight") && message.fullHeight !== 0)
                    writer.uint32(104).uint32(message.fullHeight);
                if (message.fullSizeBytes != null && $Object.hasOwnProperty.call(message, "fullSizeBytes") && (typeof message.fullSizeBytes === "object" ? message.fullSizeBytes.low || message.fullSizeBytes.high : message.fullSizeBytes !== 0))
                    writer.uint32(112).uint64(message.fullSizeBytes);
                if (message.triggerSensor != null && $Object.hasOwnProperty.call(message, "triggerSensor") && message.triggerSensor !== "")
                    writer.uint32(122).string(message.triggerSensor);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Snapshot.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Snapshot.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.outpost.v1.Snapshot();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.camera = value;
                            else
                                delete message.camera;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.detectionId = value;
                            else
                                delete message.detectionId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.contentType = value;
                            else
                                delete message.contentType;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.bytes()).length)
                                message.data = value;
                            else
                                delete message.data;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.width = value;
                            else
                                delete message.width;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.height = value;
                            else
                                delete message.height;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.incidentId = value;
                            else
                                delete message.incidentId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frameIndex = value;
                            else
                                delete message.frameIndex;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.frameCount = value;
                            else
                                delete message.frameCount;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fullWidth = value;
                            else
                                delete message.fullWidth;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.fullHeight = value;
                            else
                                delete message.fullHeight;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.fullSizeBytes = value;
                            else
                                delete message.fullSizeBytes;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.triggerSensor = value;
                            else
                                delete message.triggerSensor;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            Snapshot.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Snapshot.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera"))
                    if (!$util.isString(message.camera))
                        return "camera: string expected";
                if (message.detectionId != null && $Object.hasOwnProperty.call(message, "detectionId"))
                    if (!$util.isString(message.detectionId))
                        return "detectionId: string expected";
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    if (!$util.isString(message.contentType))
                        return "contentType: string expected";
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    if (!(message.data && typeof message.data.length === "number" || $util.isString(message.data)))
                        return "data: buffer expected";
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    if (!$util.isInteger(message.width))
                        return "width: integer expected";
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    if (!$util.isInteger(message.height))
                        return "height: integer expected";
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    if (!$util.isString(message.incidentId))
                        return "incidentId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (typeof message.reason !== "number" || (message.reason | 0) !== message.reason)
                        return "reason: enum value expected";
                if (message.frameIndex != null && $Object.hasOwnProperty.call(message, "frameIndex"))
                    if (!$util.isInteger(message.frameIndex))
                        return "frameIndex: integer expected";
                if (message.frameCount != null && $Object.hasOwnProperty.call(message, "frameCount"))
                    if (!$util.isInteger(message.frameCount))
                        return "frameCount: integer expected";
                if (message.fullWidth != null && $Object.hasOwnProperty.call(message, "fullWidth"))
                    if (!$util.isInteger(message.fullWidth))
                        return "fullWidth: integer expected";
                if (message.fullHeight != null && $Object.hasOwnProperty.call(message, "fullHeight"))
                    if (!$util.isInteger(message.fullHeight))
                        return "fullHeight: integer expected";
                if (message.fullSizeBytes != null && $Object.hasOwnProperty.call(message, "fullSizeBytes"))
                    if (!$util.isInteger(message.fullSizeBytes) && !(message.fullSizeBytes && $util.isInteger(message.fullSizeBytes.low) && $util.isInteger(message.fullSizeBytes.high)))
                        return "fullSizeBytes: integer|Long expected";
                if (message.triggerSensor != null && $Object.hasOwnProperty.call(message, "triggerSensor"))
                    if (!$util.isString(message.triggerSensor))
                        return "triggerSensor: string expected";
                return null;
            };

            Snapshot.fromObject = function (object, _depth) {
                if (object instanceof $root.outpost.v1.Snapshot)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".outpost.v1.Snapshot: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.outpost.v1.Snapshot();
                if (object.camera != null)
                    if (typeof object.camera !== "string" || object.camera.length)
                        message.camera = $String(object.camera);
                if (object.detectionId != null)
                    if (typeof object.detectionId !== "string" || object.detectionId.length)
                        message.detectionId = $String(object.detectionId);
                if (object.contentType != null)
                    if (typeof object.contentType !== "string" || object.contentType.length)
                        message.contentType = $String(object.contentType);
                if (object.data != null)
                    if (object.data.length)
                        if (typeof object.data === "string")
                            $util.base64.decode(object.data, message.data = $util.newBuffer($util.base64.length(object.data)), 0);
                        else if (object.data.length >= 0)
                            message.data = object.data;
                if (object.width != null)
                    if ($Number(object.width) !== 0)
                        message.width = object.width >>> 0;
                if (object.height != null)
                    if ($Number(object.height) !== 0)
                        message.height = object.height >>> 0;
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.incidentId != null)
                    if (typeof object.incidentId !== "string" || object.incidentId.length)
                        message.incidentId = $String(object.incidentId);
                if (object.reason !== 0 && (typeof object.reason !== "string" || $root.outpost.v1.SnapshotReason[object.reason] !== 0))
                    switch (object.reason) {
                    case "SNAPSHOT_REASON_UNSPECIFIED":
                    case 0:
                        message.reason = 0;
                        break;
                    case "SNAPSHOT_REASON_ALARM":
                    case 1:
                        message.reason = 1;
                        break;
                    case "SNAPSHOT_REASON_SCHEDULED":
                    case 2:
                        message.reason = 2;
                        break;
                    case "SNAPSHOT_REASON_REQUESTED":
                    case 3:
                        message.reason = 3;
                        break;
                    default:
                        if (typeof object.reason === "number" && (object.reason | 0) === object.reason)
                            message.reason = object.reason;
                    }
                if (object.frameIndex != null)
                    if ($Number(object.frameIndex) !== 0)
                        message.frameIndex = object.frameIndex >>> 0;
                if (object.frameCount != null)
                    if ($Number(object.frameCount) !== 0)
                        message.frameCount = object.frameCount >>> 0;
                if (object.fullWidth != null)
                    if ($Number(object.fullWidth) !== 0)
                        message.fullWidth = object.fullWidth >>> 0;
                if (object.fullHeight != null)
                    if ($Number(object.fullHeight) !== 0)
                        message.fullHeight = object.fullHeight >>> 0;
                if (object.fullSizeBytes != null)
                    if (typeof object.fullSizeBytes === "object" ? object.fullSizeBytes.low || object.fullSizeBytes.high : $Number(object.fullSizeBytes) !== 0)
                        if ($util.Long)
                            message.fullSizeBytes = $util.Long.fromValue(object.fullSizeBytes, true);
                        else if (typeof object.fullSizeBytes === "string")
                            message.fullSizeBytes = $parseInt(object.fullSizeBytes, 10);
                        else if (typeof object.fullSizeBytes === "number")
                            message.fullSizeBytes = object.fullSizeBytes;
                        else if (typeof object.fullSizeBytes === "object")
                            message.fullSizeBytes = new $util.LongBits(object.fullSizeBytes.low >>> 0, object.fullSizeBytes.high >>> 0).toNumber(true);
                if (object.triggerSensor != null)
                    if (typeof object.triggerSensor !== "string" || object.triggerSensor.length)
                        message.triggerSensor = $String(object.triggerSensor);
                return message;
            };

            Snapshot.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.camera = "";
                    object.detectionId = "";
                    object.contentType = "";
                    if (options.bytes === $String)
                        object.data = "";
                    else {
                        object.data = [];
                        if (options.bytes !== $Array)
                            object.data = $util.newBuffer(object.data);
                    }
                    object.width = 0;
                    object.height = 0;
                    object.id = "";
                    object.incidentId = "";
                    object.reason = options.enums === $String ? "SNAPSHOT_REASON_UNSPECIFIED" : 0;
                    object.frameIndex = 0;
                    object.frameCount = 0;
                    object.fullWidth = 0;
                    object.fullHeight = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.fullSizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.fullSizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.triggerSensor = "";
                }
                if (message.camera != null && $Object.hasOwnProperty.call(message, "camera"))
                    object.camera = message.camera;
                if (message.detectionId != null && $Object.hasOwnProperty.call(message, "detectionId"))
                    object.detectionId = message.detectionId;
                if (message.contentType != null && $Object.hasOwnProperty.call(message, "contentType"))
                    object.contentType = message.contentType;
                if (message.data != null && $Object.hasOwnProperty.call(message, "data"))
                    object.data = options.bytes === $String ? $util.base64.encode(message.data, 0, message.data.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.data) : message.data;
                if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                    object.width = message.width;
                if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                    object.height = message.height;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.incidentId != null && $Object.hasOwnProperty.call(message, "incidentId"))
                    object.incidentId = message.incidentId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = options.enums === $String ? $root.outpost.v1.SnapshotReason[message.reason] === $undefined ? message.reason : $root.outpost.v1.SnapshotReason[message.reason] : message.reason;
                if (message.frameIndex != null && $Object.hasOwnProperty.call(message, "frameIndex"))
                    object.frameIndex = message.frameIndex;
                if (message.frameCount != null && $Object.hasOwnProperty.call(message, "frameCount"))
                    object.frameCount = message.frameCount;
                if (message.fullWidth != null && $Object.hasOwnProperty.call(message, "fullWidth"))
                    object.fullWidth = message.fullWidth;
                if (message.fullHeight != null && $Object.hasOwnProperty.call(message, "fullHeight"))
                    object.fullHeight = message.fullHeight;
                if (message.fullSizeBytes != null && $Object.hasOwnProperty.call(message, "fullSizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.fullSizeBytes = typeof message.fullSizeBytes === "number" ? $BigInt(message.fullSizeBytes) : $util.Long.fromBits(message.fullSizeBytes.low >>> 0, message.fullSizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.fullSizeBytes === "number")
                        object.fullSizeBytes = options.longs === $String ? $String(message.fullSizeBytes) : message.fullSizeBytes;
                    else
                        object.fullSizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.fullSizeBytes) : options.longs === $Number ? new $util.LongBits(message.fullSizeBytes.low >>> 0, message.fullSizeBytes.high >>> 0).toNumber(true) : message.fullSizeBytes;
                if (message.triggerSensor != null && $Object.hasOwnProperty.call(message, "triggerSensor"))
                    object.triggerSensor = message.triggerSensor;
                return object;
            };

            Snapshot.prototype.toJSON = function() {
                return Snapshot.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Snapshot;
        })();

        return v1;
    })();

    return outpost;
})();

export {
  $root as default
};
