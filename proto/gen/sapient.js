/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $isFinite = $util.global.isFinite, $Boolean = $util.global.Boolean, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt;

const $root = $protobuf.roots["sapient"] || ($protobuf.roots["sapient"] = {});

export const sapient_msg = $root.sapient_msg = (() => {

    const sapient_msg = {};

    sapient_msg.bsi_flex_335_v2_0 = (function() {

        const bsi_flex_335_v2_0 = {};

        bsi_flex_335_v2_0.Alert = (function() {

            const Alert = function (properties) {
                this.associatedFile = [];
                this.associatedDetection = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Alert.prototype.alertId = null;
            Alert.prototype.alertType = null;
            Alert.prototype.status = null;
            Alert.prototype.description = null;
            Alert.prototype.rangeBearing = null;
            Alert.prototype.location = null;
            Alert.prototype.regionId = null;
            Alert.prototype.priority = null;
            Alert.prototype.ranking = null;
            Alert.prototype.confidence = null;
            Alert.prototype.associatedFile = $util.emptyArray;
            Alert.prototype.associatedDetection = $util.emptyArray;
            Alert.prototype.additionalInformation = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_alertId", {
                get: $util.oneOfGetter($oneOfFields = ["alertId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_alertType", {
                get: $util.oneOfGetter($oneOfFields = ["alertType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_status", {
                get: $util.oneOfGetter($oneOfFields = ["status"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_description", {
                get: $util.oneOfGetter($oneOfFields = ["description"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            $Object.defineProperty(Alert.prototype, "locationOneof", {
                get: $util.oneOfGetter($oneOfFields = ["rangeBearing", "location"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_regionId", {
                get: $util.oneOfGetter($oneOfFields = ["regionId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_priority", {
                get: $util.oneOfGetter($oneOfFields = ["priority"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_ranking", {
                get: $util.oneOfGetter($oneOfFields = ["ranking"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_confidence", {
                get: $util.oneOfGetter($oneOfFields = ["confidence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Alert.prototype, "_additionalInformation", {
                get: $util.oneOfGetter($oneOfFields = ["additionalInformation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Alert.create = function(properties) {
                return new Alert(properties);
            };

            Alert.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId"))
                    writer.uint32(10).string(message.alertId);
                if (message.alertType != null && $Object.hasOwnProperty.call(message, "alertType"))
                    writer.uint32(16).int32(message.alertType);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    writer.uint32(24).int32(message.status);
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    writer.uint32(34).string(message.description);
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing"))
                    $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.encode(message.rangeBearing, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Location.encode(message.location, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId"))
                    writer.uint32(58).string(message.regionId);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    writer.uint32(64).int32(message.priority);
                if (message.ranking != null && $Object.hasOwnProperty.call(message, "ranking"))
                    writer.uint32(77).float(message.ranking);
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    writer.uint32(85).float(message.confidence);
                if (message.associatedFile != null && message.associatedFile.length)
                    for (let i = 0; i < message.associatedFile.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.encode(message.associatedFile[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.associatedDetection != null && message.associatedDetection.length)
                    for (let i = 0; i < message.associatedDetection.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.encode(message.associatedDetection[i], writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.additionalInformation != null && $Object.hasOwnProperty.call(message, "additionalInformation"))
                    writer.uint32(106).string(message.additionalInformation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Alert.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Alert.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Alert();
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
                            message.alertId = reader.stringVerify();
                            message._alertId = "alertId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.alertType = reader.int32();
                            message._alertType = "alertType";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.status = reader.int32();
                            message._status = "status";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.description = reader.stringVerify();
                            message._description = "description";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.decode(reader, reader.size(), $undefined, _depth + 1, message.rangeBearing);
                            message.locationOneof = "rangeBearing";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            message.locationOneof = "location";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.regionId = reader.stringVerify();
                            message._regionId = "regionId";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.priority = reader.int32();
                            message._priority = "priority";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 5)
                                break;
                            message.ranking = reader.float();
                            message._ranking = "ranking";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 5)
                                break;
                            message.confidence = reader.float();
                            message._confidence = "confidence";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.associatedFile && message.associatedFile.length))
                                message.associatedFile = [];
                            message.associatedFile.push($root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.associatedDetection && message.associatedDetection.length))
                                message.associatedDetection = [];
                            message.associatedDetection.push($root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.additionalInformation = reader.stringVerify();
                            message._additionalInformation = "additionalInformation";
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

            Alert.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Alert.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId")) {
                    properties._alertId = 1;
                    if (!$util.isString(message.alertId))
                        return "alertId: string expected";
                }
                if (message.alertType != null && $Object.hasOwnProperty.call(message, "alertType")) {
                    properties._alertType = 1;
                    if (typeof message.alertType !== "number" || (message.alertType | 0) !== message.alertType)
                        return "alertType: enum value expected";
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    properties._status = 1;
                    if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                        return "status: enum value expected";
                }
                if (message.description != null && $Object.hasOwnProperty.call(message, "description")) {
                    properties._description = 1;
                    if (!$util.isString(message.description))
                        return "description: string expected";
                }
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                    properties.locationOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.verify(message.rangeBearing, _depth + 1);
                        if (error)
                            return "rangeBearing." + error;
                    }
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    if (properties.locationOneof === 1)
                        return "locationOneof: multiple values";
                    properties.locationOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Location.verify(message.location, _depth + 1);
                        if (error)
                            return "location." + error;
                    }
                }
                if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId")) {
                    properties._regionId = 1;
                    if (!$util.isString(message.regionId))
                        return "regionId: string expected";
                }
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                    properties._priority = 1;
                    if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                        return "priority: enum value expected";
                }
                if (message.ranking != null && $Object.hasOwnProperty.call(message, "ranking")) {
                    properties._ranking = 1;
                    if (typeof message.ranking !== "number")
                        return "ranking: number expected";
                }
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence")) {
                    properties._confidence = 1;
                    if (typeof message.confidence !== "number")
                        return "confidence: number expected";
                }
                if (message.associatedFile != null && $Object.hasOwnProperty.call(message, "associatedFile")) {
                    if (!$Array.isArray(message.associatedFile))
                        return "associatedFile: array expected";
                    for (let i = 0; i < message.associatedFile.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.verify(message.associatedFile[i], _depth + 1);
                        if (error)
                            return "associatedFile." + error;
                    }
                }
                if (message.associatedDetection != null && $Object.hasOwnProperty.call(message, "associatedDetection")) {
                    if (!$Array.isArray(message.associatedDetection))
                        return "associatedDetection: array expected";
                    for (let i = 0; i < message.associatedDetection.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.verify(message.associatedDetection[i], _depth + 1);
                        if (error)
                            return "associatedDetection." + error;
                    }
                }
                if (message.additionalInformation != null && $Object.hasOwnProperty.call(message, "additionalInformation")) {
                    properties._additionalInformation = 1;
                    if (!$util.isString(message.additionalInformation))
                        return "additionalInformation: string expected";
                }
                return null;
            };

            Alert.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Alert)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.Alert();
                if (object.alertId != null)
                    message.alertId = $String(object.alertId);
                switch (object.alertType) {
                case "ALERT_TYPE_UNSPECIFIED":
                case 0:
                    message.alertType = 0;
                    break;
                case "ALERT_TYPE_INFORMATION":
                case 1:
                    message.alertType = 1;
                    break;
                case "ALERT_TYPE_WARNING":
                case 2:
                    message.alertType = 2;
                    break;
                case "ALERT_TYPE_CRITICAL":
                case 3:
                    message.alertType = 3;
                    break;
                case "ALERT_TYPE_ERROR":
                case 4:
                    message.alertType = 4;
                    break;
                case "ALERT_TYPE_FATAL":
                case 5:
                    message.alertType = 5;
                    break;
                case "ALERT_TYPE_MODE_CHANGE":
                case 6:
                    message.alertType = 6;
                    break;
                default:
                    if (typeof object.alertType === "number" && (object.alertType | 0) === object.alertType)
                        message.alertType = object.alertType;
                }
                switch (object.status) {
                case "ALERT_STATUS_UNSPECIFIED":
                case 0:
                    message.status = 0;
                    break;
                case "ALERT_STATUS_ACTIVE":
                case 1:
                    message.status = 1;
                    break;
                case "ALERT_STATUS_ACKNOWLEDGE":
                case 2:
                    message.status = 2;
                    break;
                case "ALERT_STATUS_REJECT":
                case 3:
                    message.status = 3;
                    break;
                case "ALERT_STATUS_IGNORE":
                case 4:
                    message.status = 4;
                    break;
                case "ALERT_STATUS_CLEAR":
                case 5:
                    message.status = 5;
                    break;
                default:
                    if (typeof object.status === "number" && (object.status | 0) === object.status)
                        message.status = object.status;
                }
                if (object.description != null)
                    message.description = $String(object.description);
                if (object.rangeBearing != null) {
                    if (!$util.isObject(object.rangeBearing))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert.rangeBearing: object expected");
                    message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.fromObject(object.rangeBearing, _depth + 1);
                }
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert.location: object expected");
                    message.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.fromObject(object.location, _depth + 1);
                }
                if (object.regionId != null)
                    message.regionId = $String(object.regionId);
                switch (object.priority) {
                case "DISCRETE_PRIORITY_UNSPECIFIED":
                case 0:
                    message.priority = 0;
                    break;
                case "DISCRETE_PRIORITY_LOW":
                case 1:
                    message.priority = 1;
                    break;
                case "DISCRETE_PRIORITY_MEDIUM":
                case 2:
                    message.priority = 2;
                    break;
                case "DISCRETE_PRIORITY_HIGH":
                case 3:
                    message.priority = 3;
                    break;
                default:
                    if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                        message.priority = object.priority;
                }
                if (object.ranking != null)
                    message.ranking = $Number(object.ranking);
                if (object.confidence != null)
                    message.confidence = $Number(object.confidence);
                if (object.associatedFile) {
                    if (!$Array.isArray(object.associatedFile))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert.associatedFile: array expected");
                    message.associatedFile = $Array(object.associatedFile.length);
                    for (let i = 0; i < object.associatedFile.length; ++i) {
                        if (!$util.isObject(object.associatedFile[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert.associatedFile: object expected");
                        message.associatedFile[i] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.fromObject(object.associatedFile[i], _depth + 1);
                    }
                }
                if (object.associatedDetection) {
                    if (!$Array.isArray(object.associatedDetection))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert.associatedDetection: array expected");
                    message.associatedDetection = $Array(object.associatedDetection.length);
                    for (let i = 0; i < object.associatedDetection.length; ++i) {
                        if (!$util.isObject(object.associatedDetection[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Alert.associatedDetection: object expected");
                        message.associatedDetection[i] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.fromObject(object.associatedDetection[i], _depth + 1);
                    }
                }
                if (object.additionalInformation != null)
                    message.additionalInformation = $String(object.additionalInformation);
                return message;
            };

            Alert.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.associatedFile = [];
                    object.associatedDetection = [];
                }
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId"))
                    object.alertId = message.alertId;
                if (message.alertType != null && $Object.hasOwnProperty.call(message, "alertType"))
                    object.alertType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Alert.AlertType[message.alertType] === $undefined ? message.alertType : $root.sapient_msg.bsi_flex_335_v2_0.Alert.AlertType[message.alertType] : message.alertType;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Alert.AlertStatus[message.status] === $undefined ? message.status : $root.sapient_msg.bsi_flex_335_v2_0.Alert.AlertStatus[message.status] : message.status;
                if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                    object.description = message.description;
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                    object.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.toObject(message.rangeBearing, options, _depth + 1);
                    if (options.oneofs)
                        object.locationOneof = "rangeBearing";
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    object.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.toObject(message.location, options, _depth + 1);
                    if (options.oneofs)
                        object.locationOneof = "location";
                }
                if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId"))
                    object.regionId = message.regionId;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Alert.DiscretePriority[message.priority] === $undefined ? message.priority : $root.sapient_msg.bsi_flex_335_v2_0.Alert.DiscretePriority[message.priority] : message.priority;
                if (message.ranking != null && $Object.hasOwnProperty.call(message, "ranking"))
                    object.ranking = options.json && !$isFinite(message.ranking) ? $String(message.ranking) : message.ranking;
                if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                    object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                if (message.associatedFile && message.associatedFile.length) {
                    object.associatedFile = $Array(message.associatedFile.length);
                    for (let j = 0; j < message.associatedFile.length; ++j)
                        object.associatedFile[j] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.toObject(message.associatedFile[j], options, _depth + 1);
                }
                if (message.associatedDetection && message.associatedDetection.length) {
                    object.associatedDetection = $Array(message.associatedDetection.length);
                    for (let j = 0; j < message.associatedDetection.length; ++j)
                        object.associatedDetection[j] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.toObject(message.associatedDetection[j], options, _depth + 1);
                }
                if (message.additionalInformation != null && $Object.hasOwnProperty.call(message, "additionalInformation"))
                    object.additionalInformation = message.additionalInformation;
                return object;
            };

            Alert.prototype.toJSON = function() {
                return Alert.toObject(this, $protobuf.util.toJSONOptions);
            };

            Alert.AlertType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ALERT_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ALERT_TYPE_INFORMATION"] = 1;
                values[valuesById[2] = "ALERT_TYPE_WARNING"] = 2;
                values[valuesById[3] = "ALERT_TYPE_CRITICAL"] = 3;
                values[valuesById[4] = "ALERT_TYPE_ERROR"] = 4;
                values[valuesById[5] = "ALERT_TYPE_FATAL"] = 5;
                values[valuesById[6] = "ALERT_TYPE_MODE_CHANGE"] = 6;
                return values;
            })();

            Alert.AlertStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ALERT_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ALERT_STATUS_ACTIVE"] = 1;
                values[valuesById[2] = "ALERT_STATUS_ACKNOWLEDGE"] = 2;
                values[valuesById[3] = "ALERT_STATUS_REJECT"] = 3;
                values[valuesById[4] = "ALERT_STATUS_IGNORE"] = 4;
                values[valuesById[5] = "ALERT_STATUS_CLEAR"] = 5;
                return values;
            })();

            Alert.DiscretePriority = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DISCRETE_PRIORITY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DISCRETE_PRIORITY_LOW"] = 1;
                values[valuesById[2] = "DISCRETE_PRIORITY_MEDIUM"] = 2;
                values[valuesById[3] = "DISCRETE_PRIORITY_HIGH"] = 3;
                return values;
            })();

            return Alert;
        })();

        bsi_flex_335_v2_0.AssociatedDetection = (function() {

            const AssociatedDetection = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AssociatedDetection.prototype.timestamp = null;
            AssociatedDetection.prototype.nodeId = null;
            AssociatedDetection.prototype.objectId = null;
            AssociatedDetection.prototype.associationType = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssociatedDetection.prototype, "_timestamp", {
                get: $util.oneOfGetter($oneOfFields = ["timestamp"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssociatedDetection.prototype, "_nodeId", {
                get: $util.oneOfGetter($oneOfFields = ["nodeId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssociatedDetection.prototype, "_objectId", {
                get: $util.oneOfGetter($oneOfFields = ["objectId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssociatedDetection.prototype, "_associationType", {
                get: $util.oneOfGetter($oneOfFields = ["associationType"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AssociatedDetection.create = function(properties) {
                return new AssociatedDetection(properties);
            };

            AssociatedDetection.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    writer.uint32(18).string(message.nodeId);
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                    writer.uint32(26).string(message.objectId);
                if (message.associationType != null && $Object.hasOwnProperty.call(message, "associationType"))
                    writer.uint32(32).int32(message.associationType);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AssociatedDetection.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AssociatedDetection.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection();
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
                            message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                            message._timestamp = "timestamp";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.nodeId = reader.stringVerify();
                            message._nodeId = "nodeId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.objectId = reader.stringVerify();
                            message._objectId = "objectId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            message.associationType = reader.int32();
                            message._associationType = "associationType";
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

            AssociatedDetection.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AssociatedDetection.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                    properties._timestamp = 1;
                    {
                        let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId")) {
                    properties._nodeId = 1;
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                }
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId")) {
                    properties._objectId = 1;
                    if (!$util.isString(message.objectId))
                        return "objectId: string expected";
                }
                if (message.associationType != null && $Object.hasOwnProperty.call(message, "associationType")) {
                    properties._associationType = 1;
                    if (typeof message.associationType !== "number" || (message.associationType | 0) !== message.associationType)
                        return "associationType: enum value expected";
                }
                return null;
            };

            AssociatedDetection.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.AssociatedDetection: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection();
                if (object.timestamp != null) {
                    if (!$util.isObject(object.timestamp))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.timestamp: object expected");
                    message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                }
                if (object.nodeId != null)
                    message.nodeId = $String(object.nodeId);
                if (object.objectId != null)
                    message.objectId = $String(object.objectId);
                switch (object.associationType) {
                case "ASSOCIATION_RELATION_UNSPECIFIED":
                case 0:
                    message.associationType = 0;
                    break;
                case "ASSOCIATION_RELATION_NO_RELATION":
                case 1:
                    message.associationType = 1;
                    break;
                case "ASSOCIATION_RELATION_PARENT":
                case 2:
                    message.associationType = 2;
                    break;
                case "ASSOCIATION_RELATION_CHILD":
                case 3:
                    message.associationType = 3;
                    break;
                case "ASSOCIATION_RELATION_SIBLING":
                case 4:
                    message.associationType = 4;
                    break;
                default:
                    if (typeof object.associationType === "number" && (object.associationType | 0) === object.associationType)
                        message.associationType = object.associationType;
                }
                return message;
            };

            AssociatedDetection.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                    object.objectId = message.objectId;
                if (message.associationType != null && $Object.hasOwnProperty.call(message, "associationType"))
                    object.associationType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.AssociationRelation[message.associationType] === $undefined ? message.associationType : $root.sapient_msg.bsi_flex_335_v2_0.AssociationRelation[message.associationType] : message.associationType;
                return object;
            };

            AssociatedDetection.prototype.toJSON = function() {
                return AssociatedDetection.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AssociatedDetection;
        })();

        bsi_flex_335_v2_0.AssociationRelation = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "ASSOCIATION_RELATION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "ASSOCIATION_RELATION_NO_RELATION"] = 1;
            values[valuesById[2] = "ASSOCIATION_RELATION_PARENT"] = 2;
            values[valuesById[3] = "ASSOCIATION_RELATION_CHILD"] = 3;
            values[valuesById[4] = "ASSOCIATION_RELATION_SIBLING"] = 4;
            return values;
        })();

        bsi_flex_335_v2_0.AssociatedFile = (function() {

            const AssociatedFile = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AssociatedFile.prototype.type = null;
            AssociatedFile.prototype.url = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssociatedFile.prototype, "_type", {
                get: $util.oneOfGetter($oneOfFields = ["type"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AssociatedFile.prototype, "_url", {
                get: $util.oneOfGetter($oneOfFields = ["url"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AssociatedFile.create = function(properties) {
                return new AssociatedFile(properties);
            };

            AssociatedFile.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    writer.uint32(10).string(message.type);
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    writer.uint32(18).string(message.url);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AssociatedFile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AssociatedFile.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile();
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
                            message.type = reader.stringVerify();
                            message._type = "type";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.url = reader.stringVerify();
                            message._url = "url";
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

            AssociatedFile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AssociatedFile.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                    properties._type = 1;
                    if (!$util.isString(message.type))
                        return "type: string expected";
                }
                if (message.url != null && $Object.hasOwnProperty.call(message, "url")) {
                    properties._url = 1;
                    if (!$util.isString(message.url))
                        return "url: string expected";
                }
                return null;
            };

            AssociatedFile.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.AssociatedFile: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile();
                if (object.type != null)
                    message.type = $String(object.type);
                if (object.url != null)
                    message.url = $String(object.url);
                return message;
            };

            AssociatedFile.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                    object.url = message.url;
                return object;
            };

            AssociatedFile.prototype.toJSON = function() {
                return AssociatedFile.toObject(this, $protobuf.util.toJSONOptions);
            };

            return AssociatedFile;
        })();

        bsi_flex_335_v2_0.LocationList = (function() {

            const LocationList = function (properties) {
                this.locations = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocationList.prototype.locations = $util.emptyArray;

            LocationList.create = function(properties) {
                return new LocationList(properties);
            };

            LocationList.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.locations != null && message.locations.length)
                    for (let i = 0; i < message.locations.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.Location.encode(message.locations[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocationList.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LocationList.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.LocationList();
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
                            if (!(message.locations && message.locations.length))
                                message.locations = [];
                            message.locations.push($root.sapient_msg.bsi_flex_335_v2_0.Location.decode(reader, reader.size(), $undefined, _depth + 1));
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

            LocationList.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LocationList.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.locations != null && $Object.hasOwnProperty.call(message, "locations")) {
                    if (!$Array.isArray(message.locations))
                        return "locations: array expected";
                    for (let i = 0; i < message.locations.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Location.verify(message.locations[i], _depth + 1);
                        if (error)
                            return "locations." + error;
                    }
                }
                return null;
            };

            LocationList.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.LocationList)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.LocationList: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.LocationList();
                if (object.locations) {
                    if (!$Array.isArray(object.locations))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.LocationList.locations: array expected");
                    message.locations = $Array(object.locations.length);
                    for (let i = 0; i < object.locations.length; ++i) {
                        if (!$util.isObject(object.locations[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.LocationList.locations: object expected");
                        message.locations[i] = $root.sapient_msg.bsi_flex_335_v2_0.Location.fromObject(object.locations[i], _depth + 1);
                    }
                }
                return message;
            };

            LocationList.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.locations = [];
                if (message.locations && message.locations.length) {
                    object.locations = $Array(message.locations.length);
                    for (let j = 0; j < message.locations.length; ++j)
                        object.locations[j] = $root.sapient_msg.bsi_flex_335_v2_0.Location.toObject(message.locations[j], options, _depth + 1);
                }
                return object;
            };

            LocationList.prototype.toJSON = function() {
                return LocationList.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocationList;
        })();

        bsi_flex_335_v2_0.Location = (function() {

            const Location = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Location.prototype.x = null;
            Location.prototype.y = null;
            Location.prototype.z = null;
            Location.prototype.xError = null;
            Location.prototype.yError = null;
            Location.prototype.zError = null;
            Location.prototype.coordinateSystem = null;
            Location.prototype.datum = null;
            Location.prototype.utmZone = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_x", {
                get: $util.oneOfGetter($oneOfFields = ["x"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_y", {
                get: $util.oneOfGetter($oneOfFields = ["y"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_z", {
                get: $util.oneOfGetter($oneOfFields = ["z"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_xError", {
                get: $util.oneOfGetter($oneOfFields = ["xError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_yError", {
                get: $util.oneOfGetter($oneOfFields = ["yError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_zError", {
                get: $util.oneOfGetter($oneOfFields = ["zError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_coordinateSystem", {
                get: $util.oneOfGetter($oneOfFields = ["coordinateSystem"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_datum", {
                get: $util.oneOfGetter($oneOfFields = ["datum"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Location.prototype, "_utmZone", {
                get: $util.oneOfGetter($oneOfFields = ["utmZone"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Location.create = function(properties) {
                return new Location(properties);
            };

            Location.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    writer.uint32(9).double(message.x);
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    writer.uint32(17).double(message.y);
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    writer.uint32(25).double(message.z);
                if (message.xError != null && $Object.hasOwnProperty.call(message, "xError"))
                    writer.uint32(33).double(message.xError);
                if (message.yError != null && $Object.hasOwnProperty.call(message, "yError"))
                    writer.uint32(41).double(message.yError);
                if (message.zError != null && $Object.hasOwnProperty.call(message, "zError"))
                    writer.uint32(49).double(message.zError);
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem"))
                    writer.uint32(56).int32(message.coordinateSystem);
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum"))
                    writer.uint32(64).int32(message.datum);
                if (message.utmZone != null && $Object.hasOwnProperty.call(message, "utmZone"))
                    writer.uint32(74).string(message.utmZone);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Location.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Location.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Location();
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
                            message.x = reader.double();
                            message._x = "x";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.y = reader.double();
                            message._y = "y";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.z = reader.double();
                            message._z = "z";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.xError = reader.double();
                            message._xError = "xError";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.yError = reader.double();
                            message._yError = "yError";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.zError = reader.double();
                            message._zError = "zError";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.coordinateSystem = reader.int32();
                            message._coordinateSystem = "coordinateSystem";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.datum = reader.int32();
                            message._datum = "datum";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.utmZone = reader.stringVerify();
                            message._utmZone = "utmZone";
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

            Location.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Location.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.x != null && $Object.hasOwnProperty.call(message, "x")) {
                    properties._x = 1;
                    if (typeof message.x !== "number")
                        return "x: number expected";
                }
                if (message.y != null && $Object.hasOwnProperty.call(message, "y")) {
                    properties._y = 1;
                    if (typeof message.y !== "number")
                        return "y: number expected";
                }
                if (message.z != null && $Object.hasOwnProperty.call(message, "z")) {
                    properties._z = 1;
                    if (typeof message.z !== "number")
                        return "z: number expected";
                }
                if (message.xError != null && $Object.hasOwnProperty.call(message, "xError")) {
                    properties._xError = 1;
                    if (typeof message.xError !== "number")
                        return "xError: number expected";
                }
                if (message.yError != null && $Object.hasOwnProperty.call(message, "yError")) {
                    properties._yError = 1;
                    if (typeof message.yError !== "number")
                        return "yError: number expected";
                }
                if (message.zError != null && $Object.hasOwnProperty.call(message, "zError")) {
                    properties._zError = 1;
                    if (typeof message.zError !== "number")
                        return "zError: number expected";
                }
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem")) {
                    properties._coordinateSystem = 1;
                    if (typeof message.coordinateSystem !== "number" || (message.coordinateSystem | 0) !== message.coordinateSystem)
                        return "coordinateSystem: enum value expected";
                }
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum")) {
                    properties._datum = 1;
                    if (typeof message.datum !== "number" || (message.datum | 0) !== message.datum)
                        return "datum: enum value expected";
                }
                if (message.utmZone != null && $Object.hasOwnProperty.call(message, "utmZone")) {
                    properties._utmZone = 1;
                    if (!$util.isString(message.utmZone))
                        return "utmZone: string expected";
                }
                return null;
            };

            Location.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Location)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Location: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.Location();
                if (object.x != null)
                    message.x = $Number(object.x);
                if (object.y != null)
                    message.y = $Number(object.y);
                if (object.z != null)
                    message.z = $Number(object.z);
                if (object.xError != null)
                    message.xError = $Number(object.xError);
                if (object.yError != null)
                    message.yError = $Number(object.yError);
                if (object.zError != null)
                    message.zError = $Number(object.zError);
                switch (object.coordinateSystem) {
                case "LOCATION_COORDINATE_SYSTEM_UNSPECIFIED":
                case 0:
                    message.coordinateSystem = 0;
                    break;
                case "LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M":
                case 1:
                    message.coordinateSystem = 1;
                    break;
                case "LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M":
                case 2:
                    message.coordinateSystem = 2;
                    break;
                case "LOCATION_COORDINATE_SYSTEM_UTM_M":
                case 5:
                    message.coordinateSystem = 5;
                    break;
                default:
                    if (typeof object.coordinateSystem === "number" && (object.coordinateSystem | 0) === object.coordinateSystem)
                        message.coordinateSystem = object.coordinateSystem;
                }
                switch (object.datum) {
                case "LOCATION_DATUM_UNSPECIFIED":
                case 0:
                    message.datum = 0;
                    break;
                case "LOCATION_DATUM_WGS84_E":
                case 1:
                    message.datum = 1;
                    break;
                case "LOCATION_DATUM_WGS84_G":
                case 2:
                    message.datum = 2;
                    break;
                default:
                    if (typeof object.datum === "number" && (object.datum | 0) === object.datum)
                        message.datum = object.datum;
                }
                if (object.utmZone != null)
                    message.utmZone = $String(object.utmZone);
                return message;
            };

            Location.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.x != null && $Object.hasOwnProperty.call(message, "x"))
                    object.x = options.json && !$isFinite(message.x) ? $String(message.x) : message.x;
                if (message.y != null && $Object.hasOwnProperty.call(message, "y"))
                    object.y = options.json && !$isFinite(message.y) ? $String(message.y) : message.y;
                if (message.z != null && $Object.hasOwnProperty.call(message, "z"))
                    object.z = options.json && !$isFinite(message.z) ? $String(message.z) : message.z;
                if (message.xError != null && $Object.hasOwnProperty.call(message, "xError"))
                    object.xError = options.json && !$isFinite(message.xError) ? $String(message.xError) : message.xError;
                if (message.yError != null && $Object.hasOwnProperty.call(message, "yError"))
                    object.yError = options.json && !$isFinite(message.yError) ? $String(message.yError) : message.yError;
                if (message.zError != null && $Object.hasOwnProperty.call(message, "zError"))
                    object.zError = options.json && !$isFinite(message.zError) ? $String(message.zError) : message.zError;
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem"))
                    object.coordinateSystem = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem[message.coordinateSystem] === $undefined ? message.coordinateSystem : $root.sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem[message.coordinateSystem] : message.coordinateSystem;
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum"))
                    object.datum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.LocationDatum[message.datum] === $undefined ? message.datum : $root.sapient_msg.bsi_flex_335_v2_0.LocationDatum[message.datum] : message.datum;
                if (message.utmZone != null && $Object.hasOwnProperty.call(message, "utmZone"))
                    object.utmZone = message.utmZone;
                return object;
            };

            Location.prototype.toJSON = function() {
                return Location.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Location;
        })();

        bsi_flex_335_v2_0.LocationCoordinateSystem = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCATION_COORDINATE_SYSTEM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M"] = 1;
            values[valuesById[2] = "LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M"] = 2;
            values[valuesById[5] = "LOCATION_COORDINATE_SYSTEM_UTM_M"] = 5;
            return values;
        })();

        bsi_flex_335_v2_0.LocationDatum = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "LOCATION_DATUM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "LOCATION_DATUM_WGS84_E"] = 1;
            values[valuesById[2] = "LOCATION_DATUM_WGS84_G"] = 2;
            return values;
        })();

        bsi_flex_335_v2_0.RangeBearing = (function() {

            const RangeBearing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RangeBearing.prototype.elevation = null;
            RangeBearing.prototype.azimuth = null;
            RangeBearing.prototype.range = null;
            RangeBearing.prototype.elevationError = null;
            RangeBearing.prototype.azimuthError = null;
            RangeBearing.prototype.rangeError = null;
            RangeBearing.prototype.coordinateSystem = null;
            RangeBearing.prototype.datum = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_elevation", {
                get: $util.oneOfGetter($oneOfFields = ["elevation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_azimuth", {
                get: $util.oneOfGetter($oneOfFields = ["azimuth"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_range", {
                get: $util.oneOfGetter($oneOfFields = ["range"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_elevationError", {
                get: $util.oneOfGetter($oneOfFields = ["elevationError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_azimuthError", {
                get: $util.oneOfGetter($oneOfFields = ["azimuthError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_rangeError", {
                get: $util.oneOfGetter($oneOfFields = ["rangeError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_coordinateSystem", {
                get: $util.oneOfGetter($oneOfFields = ["coordinateSystem"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearing.prototype, "_datum", {
                get: $util.oneOfGetter($oneOfFields = ["datum"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RangeBearing.create = function(properties) {
                return new RangeBearing(properties);
            };

            RangeBearing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elevation != null && $Object.hasOwnProperty.call(message, "elevation"))
                    writer.uint32(9).double(message.elevation);
                if (message.azimuth != null && $Object.hasOwnProperty.call(message, "azimuth"))
                    writer.uint32(17).double(message.azimuth);
                if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                    writer.uint32(25).double(message.range);
                if (message.elevationError != null && $Object.hasOwnProperty.call(message, "elevationError"))
                    writer.uint32(33).double(message.elevationError);
                if (message.azimuthError != null && $Object.hasOwnProperty.call(message, "azimuthError"))
                    writer.uint32(41).double(message.azimuthError);
                if (message.rangeError != null && $Object.hasOwnProperty.call(message, "rangeError"))
                    writer.uint32(49).double(message.rangeError);
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem"))
                    writer.uint32(56).int32(message.coordinateSystem);
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum"))
                    writer.uint32(64).int32(message.datum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RangeBearing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RangeBearing.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing();
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
                            message.elevation = reader.double();
                            message._elevation = "elevation";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.azimuth = reader.double();
                            message._azimuth = "azimuth";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.range = reader.double();
                            message._range = "range";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.elevationError = reader.double();
                            message._elevationError = "elevationError";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.azimuthError = reader.double();
                            message._azimuthError = "azimuthError";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.rangeError = reader.double();
                            message._rangeError = "rangeError";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            message.coordinateSystem = reader.int32();
                            message._coordinateSystem = "coordinateSystem";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            message.datum = reader.int32();
                            message._datum = "datum";
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

            RangeBearing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RangeBearing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.elevation != null && $Object.hasOwnProperty.call(message, "elevation")) {
                    properties._elevation = 1;
                    if (typeof message.elevation !== "number")
                        return "elevation: number expected";
                }
                if (message.azimuth != null && $Object.hasOwnProperty.call(message, "azimuth")) {
                    properties._azimuth = 1;
                    if (typeof message.azimuth !== "number")
                        return "azimuth: number expected";
                }
                if (message.range != null && $Object.hasOwnProperty.call(message, "range")) {
                    properties._range = 1;
                    if (typeof message.range !== "number")
                        return "range: number expected";
                }
                if (message.elevationError != null && $Object.hasOwnProperty.call(message, "elevationError")) {
                    properties._elevationError = 1;
                    if (typeof message.elevationError !== "number")
                        return "elevationError: number expected";
                }
                if (message.azimuthError != null && $Object.hasOwnProperty.call(message, "azimuthError")) {
                    properties._azimuthError = 1;
                    if (typeof message.azimuthError !== "number")
                        return "azimuthError: number expected";
                }
                if (message.rangeError != null && $Object.hasOwnProperty.call(message, "rangeError")) {
                    properties._rangeError = 1;
                    if (typeof message.rangeError !== "number")
                        return "rangeError: number expected";
                }
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem")) {
                    properties._coordinateSystem = 1;
                    if (typeof message.coordinateSystem !== "number" || (message.coordinateSystem | 0) !== message.coordinateSystem)
                        return "coordinateSystem: enum value expected";
                }
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum")) {
                    properties._datum = 1;
                    if (typeof message.datum !== "number" || (message.datum | 0) !== message.datum)
                        return "datum: enum value expected";
                }
                return null;
            };

            RangeBearing.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.RangeBearing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing();
                if (object.elevation != null)
                    message.elevation = $Number(object.elevation);
                if (object.azimuth != null)
                    message.azimuth = $Number(object.azimuth);
                if (object.range != null)
                    message.range = $Number(object.range);
                if (object.elevationError != null)
                    message.elevationError = $Number(object.elevationError);
                if (object.azimuthError != null)
                    message.azimuthError = $Number(object.azimuthError);
                if (object.rangeError != null)
                    message.rangeError = $Number(object.rangeError);
                switch (object.coordinateSystem) {
                case "RANGE_BEARING_COORDINATE_SYSTEM_UNSPECIFIED":
                case 0:
                    message.coordinateSystem = 0;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M":
                case 1:
                    message.coordinateSystem = 1;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M":
                case 2:
                    message.coordinateSystem = 2;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM":
                case 3:
                    message.coordinateSystem = 3;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM":
                case 4:
                    message.coordinateSystem = 4;
                    break;
                default:
                    if (typeof object.coordinateSystem === "number" && (object.coordinateSystem | 0) === object.coordinateSystem)
                        message.coordinateSystem = object.coordinateSystem;
                }
                switch (object.datum) {
                case "RANGE_BEARING_DATUM_UNSPECIFIED":
                case 0:
                    message.datum = 0;
                    break;
                case "RANGE_BEARING_DATUM_TRUE":
                case 1:
                    message.datum = 1;
                    break;
                case "RANGE_BEARING_DATUM_MAGNETIC":
                case 2:
                    message.datum = 2;
                    break;
                case "RANGE_BEARING_DATUM_GRID":
                case 3:
                    message.datum = 3;
                    break;
                case "RANGE_BEARING_DATUM_PLATFORM":
                case 4:
                    message.datum = 4;
                    break;
                default:
                    if (typeof object.datum === "number" && (object.datum | 0) === object.datum)
                        message.datum = object.datum;
                }
                return message;
            };

            RangeBearing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.elevation != null && $Object.hasOwnProperty.call(message, "elevation"))
                    object.elevation = options.json && !$isFinite(message.elevation) ? $String(message.elevation) : message.elevation;
                if (message.azimuth != null && $Object.hasOwnProperty.call(message, "azimuth"))
                    object.azimuth = options.json && !$isFinite(message.azimuth) ? $String(message.azimuth) : message.azimuth;
                if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                    object.range = options.json && !$isFinite(message.range) ? $String(message.range) : message.range;
                if (message.elevationError != null && $Object.hasOwnProperty.call(message, "elevationError"))
                    object.elevationError = options.json && !$isFinite(message.elevationError) ? $String(message.elevationError) : message.elevationError;
                if (message.azimuthError != null && $Object.hasOwnProperty.call(message, "azimuthError"))
                    object.azimuthError = options.json && !$isFinite(message.azimuthError) ? $String(message.azimuthError) : message.azimuthError;
                if (message.rangeError != null && $Object.hasOwnProperty.call(message, "rangeError"))
                    object.rangeError = options.json && !$isFinite(message.rangeError) ? $String(message.rangeError) : message.rangeError;
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem"))
                    object.coordinateSystem = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem[message.coordinateSystem] === $undefined ? message.coordinateSystem : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem[message.coordinateSystem] : message.coordinateSystem;
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum"))
                    object.datum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.datum] === $undefined ? message.datum : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.datum] : message.datum;
                return object;
            };

            RangeBearing.prototype.toJSON = function() {
                return RangeBearing.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RangeBearing;
        })();

        bsi_flex_335_v2_0.RangeBearingCone = (function() {

            const RangeBearingCone = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RangeBearingCone.prototype.elevation = null;
            RangeBearingCone.prototype.azimuth = null;
            RangeBearingCone.prototype.range = null;
            RangeBearingCone.prototype.horizontalExtent = null;
            RangeBearingCone.prototype.verticalExtent = null;
            RangeBearingCone.prototype.horizontalExtentError = null;
            RangeBearingCone.prototype.verticalExtentError = null;
            RangeBearingCone.prototype.elevationError = null;
            RangeBearingCone.prototype.azimuthError = null;
            RangeBearingCone.prototype.rangeError = null;
            RangeBearingCone.prototype.coordinateSystem = null;
            RangeBearingCone.prototype.datum = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_elevation", {
                get: $util.oneOfGetter($oneOfFields = ["elevation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_azimuth", {
                get: $util.oneOfGetter($oneOfFields = ["azimuth"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_range", {
                get: $util.oneOfGetter($oneOfFields = ["range"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_horizontalExtent", {
                get: $util.oneOfGetter($oneOfFields = ["horizontalExtent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_verticalExtent", {
                get: $util.oneOfGetter($oneOfFields = ["verticalExtent"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_horizontalExtentError", {
                get: $util.oneOfGetter($oneOfFields = ["horizontalExtentError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_verticalExtentError", {
                get: $util.oneOfGetter($oneOfFields = ["verticalExtentError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_elevationError", {
                get: $util.oneOfGetter($oneOfFields = ["elevationError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_azimuthError", {
                get: $util.oneOfGetter($oneOfFields = ["azimuthError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_rangeError", {
                get: $util.oneOfGetter($oneOfFields = ["rangeError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_coordinateSystem", {
                get: $util.oneOfGetter($oneOfFields = ["coordinateSystem"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RangeBearingCone.prototype, "_datum", {
                get: $util.oneOfGetter($oneOfFields = ["datum"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RangeBearingCone.create = function(properties) {
                return new RangeBearingCone(properties);
            };

            RangeBearingCone.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.elevation != null && $Object.hasOwnProperty.call(message, "elevation"))
                    writer.uint32(9).double(message.elevation);
                if (message.azimuth != null && $Object.hasOwnProperty.call(message, "azimuth"))
                    writer.uint32(17).double(message.azimuth);
                if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                    writer.uint32(25).double(message.range);
                if (message.horizontalExtent != null && $Object.hasOwnProperty.call(message, "horizontalExtent"))
                    writer.uint32(33).double(message.horizontalExtent);
                if (message.verticalExtent != null && $Object.hasOwnProperty.call(message, "verticalExtent"))
                    writer.uint32(41).double(message.verticalExtent);
                if (message.horizontalExtentError != null && $Object.hasOwnProperty.call(message, "horizontalExtentError"))
                    writer.uint32(49).double(message.horizontalExtentError);
                if (message.verticalExtentError != null && $Object.hasOwnProperty.call(message, "verticalExtentError"))
                    writer.uint32(57).double(message.verticalExtentError);
                if (message.elevationError != null && $Object.hasOwnProperty.call(message, "elevationError"))
                    writer.uint32(65).double(message.elevationError);
                if (message.azimuthError != null && $Object.hasOwnProperty.call(message, "azimuthError"))
                    writer.uint32(73).double(message.azimuthError);
                if (message.rangeError != null && $Object.hasOwnProperty.call(message, "rangeError"))
                    writer.uint32(81).double(message.rangeError);
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem"))
                    writer.uint32(88).int32(message.coordinateSystem);
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum"))
                    writer.uint32(96).int32(message.datum);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RangeBearingCone.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RangeBearingCone.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone();
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
                            message.elevation = reader.double();
                            message._elevation = "elevation";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.azimuth = reader.double();
                            message._azimuth = "azimuth";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.range = reader.double();
                            message._range = "range";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.horizontalExtent = reader.double();
                            message._horizontalExtent = "horizontalExtent";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.verticalExtent = reader.double();
                            message._verticalExtent = "verticalExtent";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.horizontalExtentError = reader.double();
                            message._horizontalExtentError = "horizontalExtentError";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 1)
                                break;
                            message.verticalExtentError = reader.double();
                            message._verticalExtentError = "verticalExtentError";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 1)
                                break;
                            message.elevationError = reader.double();
                            message._elevationError = "elevationError";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 1)
                                break;
                            message.azimuthError = reader.double();
                            message._azimuthError = "azimuthError";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 1)
                                break;
                            message.rangeError = reader.double();
                            message._rangeError = "rangeError";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            message.coordinateSystem = reader.int32();
                            message._coordinateSystem = "coordinateSystem";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            message.datum = reader.int32();
                            message._datum = "datum";
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

            RangeBearingCone.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RangeBearingCone.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.elevation != null && $Object.hasOwnProperty.call(message, "elevation")) {
                    properties._elevation = 1;
                    if (typeof message.elevation !== "number")
                        return "elevation: number expected";
                }
                if (message.azimuth != null && $Object.hasOwnProperty.call(message, "azimuth")) {
                    properties._azimuth = 1;
                    if (typeof message.azimuth !== "number")
                        return "azimuth: number expected";
                }
                if (message.range != null && $Object.hasOwnProperty.call(message, "range")) {
                    properties._range = 1;
                    if (typeof message.range !== "number")
                        return "range: number expected";
                }
                if (message.horizontalExtent != null && $Object.hasOwnProperty.call(message, "horizontalExtent")) {
                    properties._horizontalExtent = 1;
                    if (typeof message.horizontalExtent !== "number")
                        return "horizontalExtent: number expected";
                }
                if (message.verticalExtent != null && $Object.hasOwnProperty.call(message, "verticalExtent")) {
                    properties._verticalExtent = 1;
                    if (typeof message.verticalExtent !== "number")
                        return "verticalExtent: number expected";
                }
                if (message.horizontalExtentError != null && $Object.hasOwnProperty.call(message, "horizontalExtentError")) {
                    properties._horizontalExtentError = 1;
                    if (typeof message.horizontalExtentError !== "number")
                        return "horizontalExtentError: number expected";
                }
                if (message.verticalExtentError != null && $Object.hasOwnProperty.call(message, "verticalExtentError")) {
                    properties._verticalExtentError = 1;
                    if (typeof message.verticalExtentError !== "number")
                        return "verticalExtentError: number expected";
                }
                if (message.elevationError != null && $Object.hasOwnProperty.call(message, "elevationError")) {
                    properties._elevationError = 1;
                    if (typeof message.elevationError !== "number")
                        return "elevationError: number expected";
                }
                if (message.azimuthError != null && $Object.hasOwnProperty.call(message, "azimuthError")) {
                    properties._azimuthError = 1;
                    if (typeof message.azimuthError !== "number")
                        return "azimuthError: number expected";
                }
                if (message.rangeError != null && $Object.hasOwnProperty.call(message, "rangeError")) {
                    properties._rangeError = 1;
                    if (typeof message.rangeError !== "number")
                        return "rangeError: number expected";
                }
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem")) {
                    properties._coordinateSystem = 1;
                    if (typeof message.coordinateSystem !== "number" || (message.coordinateSystem | 0) !== message.coordinateSystem)
                        return "coordinateSystem: enum value expected";
                }
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum")) {
                    properties._datum = 1;
                    if (typeof message.datum !== "number" || (message.datum | 0) !== message.datum)
                        return "datum: enum value expected";
                }
                return null;
            };

            RangeBearingCone.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.RangeBearingCone: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone();
                if (object.elevation != null)
                    message.elevation = $Number(object.elevation);
                if (object.azimuth != null)
                    message.azimuth = $Number(object.azimuth);
                if (object.range != null)
                    message.range = $Number(object.range);
                if (object.horizontalExtent != null)
                    message.horizontalExtent = $Number(object.horizontalExtent);
                if (object.verticalExtent != null)
                    message.verticalExtent = $Number(object.verticalExtent);
                if (object.horizontalExtentError != null)
                    message.horizontalExtentError = $Number(object.horizontalExtentError);
                if (object.verticalExtentError != null)
                    message.verticalExtentError = $Number(object.verticalExtentError);
                if (object.elevationError != null)
                    message.elevationError = $Number(object.elevationError);
                if (object.azimuthError != null)
                    message.azimuthError = $Number(object.azimuthError);
                if (object.rangeError != null)
                    message.rangeError = $Number(object.rangeError);
                switch (object.coordinateSystem) {
                case "RANGE_BEARING_COORDINATE_SYSTEM_UNSPECIFIED":
                case 0:
                    message.coordinateSystem = 0;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M":
                case 1:
                    message.coordinateSystem = 1;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M":
                case 2:
                    message.coordinateSystem = 2;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM":
                case 3:
                    message.coordinateSystem = 3;
                    break;
                case "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM":
                case 4:
                    message.coordinateSystem = 4;
                    break;
                default:
                    if (typeof object.coordinateSystem === "number" && (object.coordinateSystem | 0) === object.coordinateSystem)
                        message.coordinateSystem = object.coordinateSystem;
                }
                switch (object.datum) {
                case "RANGE_BEARING_DATUM_UNSPECIFIED":
                case 0:
                    message.datum = 0;
                    break;
                case "RANGE_BEARING_DATUM_TRUE":
                case 1:
                    message.datum = 1;
                    break;
                case "RANGE_BEARING_DATUM_MAGNETIC":
                case 2:
                    message.datum = 2;
                    break;
                case "RANGE_BEARING_DATUM_GRID":
                case 3:
                    message.datum = 3;
                    break;
                case "RANGE_BEARING_DATUM_PLATFORM":
                case 4:
                    message.datum = 4;
                    break;
                default:
                    if (typeof object.datum === "number" && (object.datum | 0) === object.datum)
                        message.datum = object.datum;
                }
                return message;
            };

            RangeBearingCone.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.elevation != null && $Object.hasOwnProperty.call(message, "elevation"))
                    object.elevation = options.json && !$isFinite(message.elevation) ? $String(message.elevation) : message.elevation;
                if (message.azimuth != null && $Object.hasOwnProperty.call(message, "azimuth"))
                    object.azimuth = options.json && !$isFinite(message.azimuth) ? $String(message.azimuth) : message.azimuth;
                if (message.range != null && $Object.hasOwnProperty.call(message, "range"))
                    object.range = options.json && !$isFinite(message.range) ? $String(message.range) : message.range;
                if (message.horizontalExtent != null && $Object.hasOwnProperty.call(message, "horizontalExtent"))
                    object.horizontalExtent = options.json && !$isFinite(message.horizontalExtent) ? $String(message.horizontalExtent) : message.horizontalExtent;
                if (message.verticalExtent != null && $Object.hasOwnProperty.call(message, "verticalExtent"))
                    object.verticalExtent = options.json && !$isFinite(message.verticalExtent) ? $String(message.verticalExtent) : message.verticalExtent;
                if (message.horizontalExtentError != null && $Object.hasOwnProperty.call(message, "horizontalExtentError"))
                    object.horizontalExtentError = options.json && !$isFinite(message.horizontalExtentError) ? $String(message.horizontalExtentError) : message.horizontalExtentError;
                if (message.verticalExtentError != null && $Object.hasOwnProperty.call(message, "verticalExtentError"))
                    object.verticalExtentError = options.json && !$isFinite(message.verticalExtentError) ? $String(message.verticalExtentError) : message.verticalExtentError;
                if (message.elevationError != null && $Object.hasOwnProperty.call(message, "elevationError"))
                    object.elevationError = options.json && !$isFinite(message.elevationError) ? $String(message.elevationError) : message.elevationError;
                if (message.azimuthError != null && $Object.hasOwnProperty.call(message, "azimuthError"))
                    object.azimuthError = options.json && !$isFinite(message.azimuthError) ? $String(message.azimuthError) : message.azimuthError;
                if (message.rangeError != null && $Object.hasOwnProperty.call(message, "rangeError"))
                    object.rangeError = options.json && !$isFinite(message.rangeError) ? $String(message.rangeError) : message.rangeError;
                if (message.coordinateSystem != null && $Object.hasOwnProperty.call(message, "coordinateSystem"))
                    object.coordinateSystem = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem[message.coordinateSystem] === $undefined ? message.coordinateSystem : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem[message.coordinateSystem] : message.coordinateSystem;
                if (message.datum != null && $Object.hasOwnProperty.call(message, "datum"))
                    object.datum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.datum] === $undefined ? message.datum : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.datum] : message.datum;
                return object;
            };

            RangeBearingCone.prototype.toJSON = function() {
                return RangeBearingCone.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RangeBearingCone;
        })();

        bsi_flex_335_v2_0.RangeBearingCoordinateSystem = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RANGE_BEARING_COORDINATE_SYSTEM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M"] = 1;
            values[valuesById[2] = "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M"] = 2;
            values[valuesById[3] = "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM"] = 3;
            values[valuesById[4] = "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM"] = 4;
            return values;
        })();

        bsi_flex_335_v2_0.RangeBearingDatum = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RANGE_BEARING_DATUM_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RANGE_BEARING_DATUM_TRUE"] = 1;
            values[valuesById[2] = "RANGE_BEARING_DATUM_MAGNETIC"] = 2;
            values[valuesById[3] = "RANGE_BEARING_DATUM_GRID"] = 3;
            values[valuesById[4] = "RANGE_BEARING_DATUM_PLATFORM"] = 4;
            return values;
        })();

        bsi_flex_335_v2_0.LocationOrRangeBearing = (function() {

            const LocationOrRangeBearing = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            LocationOrRangeBearing.prototype.rangeBearing = null;
            LocationOrRangeBearing.prototype.locationList = null;

            let $oneOfFields;

            $Object.defineProperty(LocationOrRangeBearing.prototype, "fovOneof", {
                get: $util.oneOfGetter($oneOfFields = ["rangeBearing", "locationList"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            LocationOrRangeBearing.create = function(properties) {
                return new LocationOrRangeBearing(properties);
            };

            LocationOrRangeBearing.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing"))
                    $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.encode(message.rangeBearing, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.locationList != null && $Object.hasOwnProperty.call(message, "locationList"))
                    $root.sapient_msg.bsi_flex_335_v2_0.LocationList.encode(message.locationList, writer.uint32(18).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            LocationOrRangeBearing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            LocationOrRangeBearing.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing();
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
                            message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.decode(reader, reader.size(), $undefined, _depth + 1, message.rangeBearing);
                            message.fovOneof = "rangeBearing";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.locationList = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.decode(reader, reader.size(), $undefined, _depth + 1, message.locationList);
                            message.fovOneof = "locationList";
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

            LocationOrRangeBearing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            LocationOrRangeBearing.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                    properties.fovOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.verify(message.rangeBearing, _depth + 1);
                        if (error)
                            return "rangeBearing." + error;
                    }
                }
                if (message.locationList != null && $Object.hasOwnProperty.call(message, "locationList")) {
                    if (properties.fovOneof === 1)
                        return "fovOneof: multiple values";
                    properties.fovOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.verify(message.locationList, _depth + 1);
                        if (error)
                            return "locationList." + error;
                    }
                }
                return null;
            };

            LocationOrRangeBearing.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing();
                if (object.rangeBearing != null) {
                    if (!$util.isObject(object.rangeBearing))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.rangeBearing: object expected");
                    message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.fromObject(object.rangeBearing, _depth + 1);
                }
                if (object.locationList != null) {
                    if (!$util.isObject(object.locationList))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.locationList: object expected");
                    message.locationList = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.fromObject(object.locationList, _depth + 1);
                }
                return message;
            };

            LocationOrRangeBearing.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                    object.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.toObject(message.rangeBearing, options, _depth + 1);
                    if (options.oneofs)
                        object.fovOneof = "rangeBearing";
                }
                if (message.locationList != null && $Object.hasOwnProperty.call(message, "locationList")) {
                    object.locationList = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.toObject(message.locationList, options, _depth + 1);
                    if (options.oneofs)
                        object.fovOneof = "locationList";
                }
                return object;
            };

            LocationOrRangeBearing.prototype.toJSON = function() {
                return LocationOrRangeBearing.toObject(this, $protobuf.util.toJSONOptions);
            };

            return LocationOrRangeBearing;
        })();

        bsi_flex_335_v2_0.AlertAck = (function() {

            const AlertAck = function (properties) {
                this.reason = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            AlertAck.prototype.alertId = null;
            AlertAck.prototype.reason = $util.emptyArray;
            AlertAck.prototype.alertAckStatus = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AlertAck.prototype, "_alertId", {
                get: $util.oneOfGetter($oneOfFields = ["alertId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(AlertAck.prototype, "_alertAckStatus", {
                get: $util.oneOfGetter($oneOfFields = ["alertAckStatus"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            AlertAck.create = function(properties) {
                return new AlertAck(properties);
            };

            AlertAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId"))
                    writer.uint32(10).string(message.alertId);
                if (message.reason != null && message.reason.length)
                    for (let i = 0; i < message.reason.length; ++i)
                        writer.uint32(34).string(message.reason[i]);
                if (message.alertAckStatus != null && $Object.hasOwnProperty.call(message, "alertAckStatus"))
                    writer.uint32(40).int32(message.alertAckStatus);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            AlertAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            AlertAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.AlertAck();
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
                            message.alertId = reader.stringVerify();
                            message._alertId = "alertId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reason && message.reason.length))
                                message.reason = [];
                            message.reason.push(reader.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            message.alertAckStatus = reader.int32();
                            message._alertAckStatus = "alertAckStatus";
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

            AlertAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            AlertAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId")) {
                    properties._alertId = 1;
                    if (!$util.isString(message.alertId))
                        return "alertId: string expected";
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    if (!$Array.isArray(message.reason))
                        return "reason: array expected";
                    for (let i = 0; i < message.reason.length; ++i)
                        if (!$util.isString(message.reason[i]))
                            return "reason: string[] expected";
                }
                if (message.alertAckStatus != null && $Object.hasOwnProperty.call(message, "alertAckStatus")) {
                    properties._alertAckStatus = 1;
                    if (typeof message.alertAckStatus !== "number" || (message.alertAckStatus | 0) !== message.alertAckStatus)
                        return "alertAckStatus: enum value expected";
                }
                return null;
            };

            AlertAck.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.AlertAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.AlertAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.AlertAck();
                if (object.alertId != null)
                    message.alertId = $String(object.alertId);
                if (object.reason) {
                    if (!$Array.isArray(object.reason))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.AlertAck.reason: array expected");
                    message.reason = $Array(object.reason.length);
                    for (let i = 0; i < object.reason.length; ++i)
                        message.reason[i] = $String(object.reason[i]);
                }
                switch (object.alertAckStatus) {
                case "ALERT_ACK_STATUS_UNSPECIFIED":
                case 0:
                    message.alertAckStatus = 0;
                    break;
                case "ALERT_ACK_STATUS_ACCEPTED":
                case 1:
                    message.alertAckStatus = 1;
                    break;
                case "ALERT_ACK_STATUS_REJECTED":
                case 2:
                    message.alertAckStatus = 2;
                    break;
                case "ALERT_ACK_STATUS_CANCELLED":
                case 3:
                    message.alertAckStatus = 3;
                    break;
                default:
                    if (typeof object.alertAckStatus === "number" && (object.alertAckStatus | 0) === object.alertAckStatus)
                        message.alertAckStatus = object.alertAckStatus;
                }
                return message;
            };

            AlertAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.reason = [];
                if (message.alertId != null && $Object.hasOwnProperty.call(message, "alertId"))
                    object.alertId = message.alertId;
                if (message.reason && message.reason.length) {
                    object.reason = $Array(message.reason.length);
                    for (let j = 0; j < message.reason.length; ++j)
                        object.reason[j] = message.reason[j];
                }
                if (message.alertAckStatus != null && $Object.hasOwnProperty.call(message, "alertAckStatus"))
                    object.alertAckStatus = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.AlertAckStatus[message.alertAckStatus] === $undefined ? message.alertAckStatus : $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.AlertAckStatus[message.alertAckStatus] : message.alertAckStatus;
                return object;
            };

            AlertAck.prototype.toJSON = function() {
                return AlertAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            AlertAck.AlertAckStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "ALERT_ACK_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "ALERT_ACK_STATUS_ACCEPTED"] = 1;
                values[valuesById[2] = "ALERT_ACK_STATUS_REJECTED"] = 2;
                values[valuesById[3] = "ALERT_ACK_STATUS_CANCELLED"] = 3;
                return values;
            })();

            return AlertAck;
        })();

        bsi_flex_335_v2_0.DetectionReport = (function() {

            const DetectionReport = function (properties) {
                this.trackInfo = [];
                this.objectInfo = [];
                this.classification = [];
                this.behaviour = [];
                this.associatedFile = [];
                this.signal = [];
                this.associatedDetection = [];
                this.derivedDetection = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            DetectionReport.prototype.reportId = null;
            DetectionReport.prototype.objectId = null;
            DetectionReport.prototype.taskId = null;
            DetectionReport.prototype.state = null;
            DetectionReport.prototype.rangeBearing = null;
            DetectionReport.prototype.location = null;
            DetectionReport.prototype.detectionConfidence = null;
            DetectionReport.prototype.trackInfo = $util.emptyArray;
            DetectionReport.prototype.predictionLocation = null;
            DetectionReport.prototype.objectInfo = $util.emptyArray;
            DetectionReport.prototype.classification = $util.emptyArray;
            DetectionReport.prototype.behaviour = $util.emptyArray;
            DetectionReport.prototype.associatedFile = $util.emptyArray;
            DetectionReport.prototype.signal = $util.emptyArray;
            DetectionReport.prototype.associatedDetection = $util.emptyArray;
            DetectionReport.prototype.derivedDetection = $util.emptyArray;
            DetectionReport.prototype.enuVelocity = null;
            DetectionReport.prototype.colour = null;
            DetectionReport.prototype.id = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_reportId", {
                get: $util.oneOfGetter($oneOfFields = ["reportId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_objectId", {
                get: $util.oneOfGetter($oneOfFields = ["objectId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_taskId", {
                get: $util.oneOfGetter($oneOfFields = ["taskId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_state", {
                get: $util.oneOfGetter($oneOfFields = ["state"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            $Object.defineProperty(DetectionReport.prototype, "locationOneof", {
                get: $util.oneOfGetter($oneOfFields = ["rangeBearing", "location"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_detectionConfidence", {
                get: $util.oneOfGetter($oneOfFields = ["detectionConfidence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_predictionLocation", {
                get: $util.oneOfGetter($oneOfFields = ["predictionLocation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            $Object.defineProperty(DetectionReport.prototype, "velocityOneof", {
                get: $util.oneOfGetter($oneOfFields = ["enuVelocity"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_colour", {
                get: $util.oneOfGetter($oneOfFields = ["colour"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(DetectionReport.prototype, "_id", {
                get: $util.oneOfGetter($oneOfFields = ["id"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            DetectionReport.create = function(properties) {
                return new DetectionReport(properties);
            };

            DetectionReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reportId != null && $Object.hasOwnProperty.call(message, "reportId"))
                    writer.uint32(10).string(message.reportId);
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                    writer.uint32(18).string(message.objectId);
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    writer.uint32(26).string(message.taskId);
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    writer.uint32(34).string(message.state);
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing"))
                    $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.encode(message.rangeBearing, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Location.encode(message.location, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.detectionConfidence != null && $Object.hasOwnProperty.call(message, "detectionConfidence"))
                    writer.uint32(61).float(message.detectionConfidence);
                if (message.trackInfo != null && message.trackInfo.length)
                    for (let i = 0; i < message.trackInfo.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.encode(message.trackInfo[i], writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.predictionLocation != null && $Object.hasOwnProperty.call(message, "predictionLocation"))
                    $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.encode(message.predictionLocation, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.objectInfo != null && message.objectInfo.length)
                    for (let i = 0; i < message.objectInfo.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.encode(message.objectInfo[i], writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.classification != null && message.classification.length)
                    for (let i = 0; i < message.classification.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.encode(message.classification[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.behaviour != null && message.behaviour.length)
                    for (let i = 0; i < message.behaviour.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.encode(message.behaviour[i], writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.associatedFile != null && message.associatedFile.length)
                    for (let i = 0; i < message.associatedFile.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.encode(message.associatedFile[i], writer.uint32(106).fork(), _depth + 1).ldelim();
                if (message.signal != null && message.signal.length)
                    for (let i = 0; i < message.signal.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.encode(message.signal[i], writer.uint32(114).fork(), _depth + 1).ldelim();
                if (message.associatedDetection != null && message.associatedDetection.length)
                    for (let i = 0; i < message.associatedDetection.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.encode(message.associatedDetection[i], writer.uint32(122).fork(), _depth + 1).ldelim();
                if (message.derivedDetection != null && message.derivedDetection.length)
                    for (let i = 0; i < message.derivedDetection.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.encode(message.derivedDetection[i], writer.uint32(130).fork(), _depth + 1).ldelim();
                if (message.enuVelocity != null && $Object.hasOwnProperty.call(message, "enuVelocity"))
                    $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity.encode(message.enuVelocity, writer.uint32(154).fork(), _depth + 1).ldelim();
                if (message.colour != null && $Object.hasOwnProperty.call(message, "colour"))
                    writer.uint32(178).string(message.colour);
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    writer.uint32(186).string(message.id);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            DetectionReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            DetectionReport.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport();
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
                            message.reportId = reader.stringVerify();
                            message._reportId = "reportId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.objectId = reader.stringVerify();
                            message._objectId = "objectId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.taskId = reader.stringVerify();
                            message._taskId = "taskId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.state = reader.stringVerify();
                            message._state = "state";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.decode(reader, reader.size(), $undefined, _depth + 1, message.rangeBearing);
                            message.locationOneof = "rangeBearing";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                            message.locationOneof = "location";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 5)
                                break;
                            message.detectionConfidence = reader.float();
                            message._detectionConfidence = "detectionConfidence";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.trackInfo && message.trackInfo.length))
                                message.trackInfo = [];
                            message.trackInfo.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.predictionLocation = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.decode(reader, reader.size(), $undefined, _depth + 1, message.predictionLocation);
                            message._predictionLocation = "predictionLocation";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.objectInfo && message.objectInfo.length))
                                message.objectInfo = [];
                            message.objectInfo.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.classification && message.classification.length))
                                message.classification = [];
                            message.classification.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.behaviour && message.behaviour.length))
                                message.behaviour = [];
                            message.behaviour.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if (!(message.associatedFile && message.associatedFile.length))
                                message.associatedFile = [];
                            message.associatedFile.push($root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 14: {
                            if (wireType !== 2)
                                break;
                            if (!(message.signal && message.signal.length))
                                message.signal = [];
                            message.signal.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.associatedDetection && message.associatedDetection.length))
                                message.associatedDetection = [];
                            message.associatedDetection.push($root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.derivedDetection && message.derivedDetection.length))
                                message.derivedDetection = [];
                            message.derivedDetection.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            message.enuVelocity = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity.decode(reader, reader.size(), $undefined, _depth + 1, message.enuVelocity);
                            message.velocityOneof = "enuVelocity";
                            continue;
                        }
                    case 22: {
                            if (wireType !== 2)
                                break;
                            message.colour = reader.stringVerify();
                            message._colour = "colour";
                            continue;
                        }
                    case 23: {
                            if (wireType !== 2)
                                break;
                            message.id = reader.stringVerify();
                            message._id = "id";
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

            DetectionReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            DetectionReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.reportId != null && $Object.hasOwnProperty.call(message, "reportId")) {
                    properties._reportId = 1;
                    if (!$util.isString(message.reportId))
                        return "reportId: string expected";
                }
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId")) {
                    properties._objectId = 1;
                    if (!$util.isString(message.objectId))
                        return "objectId: string expected";
                }
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId")) {
                    properties._taskId = 1;
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                }
                if (message.state != null && $Object.hasOwnProperty.call(message, "state")) {
                    properties._state = 1;
                    if (!$util.isString(message.state))
                        return "state: string expected";
                }
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                    properties.locationOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.verify(message.rangeBearing, _depth + 1);
                        if (error)
                            return "rangeBearing." + error;
                    }
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    if (properties.locationOneof === 1)
                        return "locationOneof: multiple values";
                    properties.locationOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Location.verify(message.location, _depth + 1);
                        if (error)
                            return "location." + error;
                    }
                }
                if (message.detectionConfidence != null && $Object.hasOwnProperty.call(message, "detectionConfidence")) {
                    properties._detectionConfidence = 1;
                    if (typeof message.detectionConfidence !== "number")
                        return "detectionConfidence: number expected";
                }
                if (message.trackInfo != null && $Object.hasOwnProperty.call(message, "trackInfo")) {
                    if (!$Array.isArray(message.trackInfo))
                        return "trackInfo: array expected";
                    for (let i = 0; i < message.trackInfo.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.verify(message.trackInfo[i], _depth + 1);
                        if (error)
                            return "trackInfo." + error;
                    }
                }
                if (message.predictionLocation != null && $Object.hasOwnProperty.call(message, "predictionLocation")) {
                    properties._predictionLocation = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.verify(message.predictionLocation, _depth + 1);
                        if (error)
                            return "predictionLocation." + error;
                    }
                }
                if (message.objectInfo != null && $Object.hasOwnProperty.call(message, "objectInfo")) {
                    if (!$Array.isArray(message.objectInfo))
                        return "objectInfo: array expected";
                    for (let i = 0; i < message.objectInfo.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.verify(message.objectInfo[i], _depth + 1);
                        if (error)
                            return "objectInfo." + error;
                    }
                }
                if (message.classification != null && $Object.hasOwnProperty.call(message, "classification")) {
                    if (!$Array.isArray(message.classification))
                        return "classification: array expected";
                    for (let i = 0; i < message.classification.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.verify(message.classification[i], _depth + 1);
                        if (error)
                            return "classification." + error;
                    }
                }
                if (message.behaviour != null && $Object.hasOwnProperty.call(message, "behaviour")) {
                    if (!$Array.isArray(message.behaviour))
                        return "behaviour: array expected";
                    for (let i = 0; i < message.behaviour.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.verify(message.behaviour[i], _depth + 1);
                        if (error)
                            return "behaviour." + error;
                    }
                }
                if (message.associatedFile != null && $Object.hasOwnProperty.call(message, "associatedFile")) {
                    if (!$Array.isArray(message.associatedFile))
                        return "associatedFile: array expected";
                    for (let i = 0; i < message.associatedFile.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.verify(message.associatedFile[i], _depth + 1);
                        if (error)
                            return "associatedFile." + error;
                    }
                }
                if (message.signal != null && $Object.hasOwnProperty.call(message, "signal")) {
                    if (!$Array.isArray(message.signal))
                        return "signal: array expected";
                    for (let i = 0; i < message.signal.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.verify(message.signal[i], _depth + 1);
                        if (error)
                            return "signal." + error;
                    }
                }
                if (message.associatedDetection != null && $Object.hasOwnProperty.call(message, "associatedDetection")) {
                    if (!$Array.isArray(message.associatedDetection))
                        return "associatedDetection: array expected";
                    for (let i = 0; i < message.associatedDetection.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.verify(message.associatedDetection[i], _depth + 1);
                        if (error)
                            return "associatedDetection." + error;
                    }
                }
                if (message.derivedDetection != null && $Object.hasOwnProperty.call(message, "derivedDetection")) {
                    if (!$Array.isArray(message.derivedDetection))
                        return "derivedDetection: array expected";
                    for (let i = 0; i < message.derivedDetection.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.verify(message.derivedDetection[i], _depth + 1);
                        if (error)
                            return "derivedDetection." + error;
                    }
                }
                if (message.enuVelocity != null && $Object.hasOwnProperty.call(message, "enuVelocity")) {
                    properties.velocityOneof = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity.verify(message.enuVelocity, _depth + 1);
                        if (error)
                            return "enuVelocity." + error;
                    }
                }
                if (message.colour != null && $Object.hasOwnProperty.call(message, "colour")) {
                    properties._colour = 1;
                    if (!$util.isString(message.colour))
                        return "colour: string expected";
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id")) {
                    properties._id = 1;
                    if (!$util.isString(message.id))
                        return "id: string expected";
                }
                return null;
            };

            DetectionReport.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport();
                if (object.reportId != null)
                    message.reportId = $String(object.reportId);
                if (object.objectId != null)
                    message.objectId = $String(object.objectId);
                if (object.taskId != null)
                    message.taskId = $String(object.taskId);
                if (object.state != null)
                    message.state = $String(object.state);
                if (object.rangeBearing != null) {
                    if (!$util.isObject(object.rangeBearing))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.rangeBearing: object expected");
                    message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.fromObject(object.rangeBearing, _depth + 1);
                }
                if (object.location != null) {
                    if (!$util.isObject(object.location))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.location: object expected");
                    message.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.fromObject(object.location, _depth + 1);
                }
                if (object.detectionConfidence != null)
                    message.detectionConfidence = $Number(object.detectionConfidence);
                if (object.trackInfo) {
                    if (!$Array.isArray(object.trackInfo))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.trackInfo: array expected");
                    message.trackInfo = $Array(object.trackInfo.length);
                    for (let i = 0; i < object.trackInfo.length; ++i) {
                        if (!$util.isObject(object.trackInfo[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.trackInfo: object expected");
                        message.trackInfo[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.fromObject(object.trackInfo[i], _depth + 1);
                    }
                }
                if (object.predictionLocation != null) {
                    if (!$util.isObject(object.predictionLocation))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.predictionLocation: object expected");
                    message.predictionLocation = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.fromObject(object.predictionLocation, _depth + 1);
                }
                if (object.objectInfo) {
                    if (!$Array.isArray(object.objectInfo))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.objectInfo: array expected");
                    message.objectInfo = $Array(object.objectInfo.length);
                    for (let i = 0; i < object.objectInfo.length; ++i) {
                        if (!$util.isObject(object.objectInfo[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.objectInfo: object expected");
                        message.objectInfo[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.fromObject(object.objectInfo[i], _depth + 1);
                    }
                }
                if (object.classification) {
                    if (!$Array.isArray(object.classification))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.classification: array expected");
                    message.classification = $Array(object.classification.length);
                    for (let i = 0; i < object.classification.length; ++i) {
                        if (!$util.isObject(object.classification[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.classification: object expected");
                        message.classification[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.fromObject(object.classification[i], _depth + 1);
                    }
                }
                if (object.behaviour) {
                    if (!$Array.isArray(object.behaviour))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.behaviour: array expected");
                    message.behaviour = $Array(object.behaviour.length);
                    for (let i = 0; i < object.behaviour.length; ++i) {
                        if (!$util.isObject(object.behaviour[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.behaviour: object expected");
                        message.behaviour[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.fromObject(object.behaviour[i], _depth + 1);
                    }
                }
                if (object.associatedFile) {
                    if (!$Array.isArray(object.associatedFile))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.associatedFile: array expected");
                    message.associatedFile = $Array(object.associatedFile.length);
                    for (let i = 0; i < object.associatedFile.length; ++i) {
                        if (!$util.isObject(object.associatedFile[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.associatedFile: object expected");
                        message.associatedFile[i] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.fromObject(object.associatedFile[i], _depth + 1);
                    }
                }
                if (object.signal) {
                    if (!$Array.isArray(object.signal))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.signal: array expected");
                    message.signal = $Array(object.signal.length);
                    for (let i = 0; i < object.signal.length; ++i) {
                        if (!$util.isObject(object.signal[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.signal: object expected");
                        message.signal[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.fromObject(object.signal[i], _depth + 1);
                    }
                }
                if (object.associatedDetection) {
                    if (!$Array.isArray(object.associatedDetection))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.associatedDetection: array expected");
                    message.associatedDetection = $Array(object.associatedDetection.length);
                    for (let i = 0; i < object.associatedDetection.length; ++i) {
                        if (!$util.isObject(object.associatedDetection[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.associatedDetection: object expected");
                        message.associatedDetection[i] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.fromObject(object.associatedDetection[i], _depth + 1);
                    }
                }
                if (object.derivedDetection) {
                    if (!$Array.isArray(object.derivedDetection))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.derivedDetection: array expected");
                    message.derivedDetection = $Array(object.derivedDetection.length);
                    for (let i = 0; i < object.derivedDetection.length; ++i) {
                        if (!$util.isObject(object.derivedDetection[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.derivedDetection: object expected");
                        message.derivedDetection[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.fromObject(object.derivedDetection[i], _depth + 1);
                    }
                }
                if (object.enuVelocity != null) {
                    if (!$util.isObject(object.enuVelocity))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.enuVelocity: object expected");
                    message.enuVelocity = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity.fromObject(object.enuVelocity, _depth + 1);
                }
                if (object.colour != null)
                    message.colour = $String(object.colour);
                if (object.id != null)
                    message.id = $String(object.id);
                return message;
            };

            DetectionReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.trackInfo = [];
                    object.objectInfo = [];
                    object.classification = [];
                    object.behaviour = [];
                    object.associatedFile = [];
                    object.signal = [];
                    object.associatedDetection = [];
                    object.derivedDetection = [];
                }
                if (message.reportId != null && $Object.hasOwnProperty.call(message, "reportId"))
                    object.reportId = message.reportId;
                if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                    object.objectId = message.objectId;
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.state != null && $Object.hasOwnProperty.call(message, "state"))
                    object.state = message.state;
                if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                    object.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.toObject(message.rangeBearing, options, _depth + 1);
                    if (options.oneofs)
                        object.locationOneof = "rangeBearing";
                }
                if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                    object.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.toObject(message.location, options, _depth + 1);
                    if (options.oneofs)
                        object.locationOneof = "location";
                }
                if (message.detectionConfidence != null && $Object.hasOwnProperty.call(message, "detectionConfidence"))
                    object.detectionConfidence = options.json && !$isFinite(message.detectionConfidence) ? $String(message.detectionConfidence) : message.detectionConfidence;
                if (message.trackInfo && message.trackInfo.length) {
                    object.trackInfo = $Array(message.trackInfo.length);
                    for (let j = 0; j < message.trackInfo.length; ++j)
                        object.trackInfo[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.toObject(message.trackInfo[j], options, _depth + 1);
                }
                if (message.predictionLocation != null && $Object.hasOwnProperty.call(message, "predictionLocation"))
                    object.predictionLocation = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.toObject(message.predictionLocation, options, _depth + 1);
                if (message.objectInfo && message.objectInfo.length) {
                    object.objectInfo = $Array(message.objectInfo.length);
                    for (let j = 0; j < message.objectInfo.length; ++j)
                        object.objectInfo[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.toObject(message.objectInfo[j], options, _depth + 1);
                }
                if (message.classification && message.classification.length) {
                    object.classification = $Array(message.classification.length);
                    for (let j = 0; j < message.classification.length; ++j)
                        object.classification[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.toObject(message.classification[j], options, _depth + 1);
                }
                if (message.behaviour && message.behaviour.length) {
                    object.behaviour = $Array(message.behaviour.length);
                    for (let j = 0; j < message.behaviour.length; ++j)
                        object.behaviour[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.toObject(message.behaviour[j], options, _depth + 1);
                }
                if (message.associatedFile && message.associatedFile.length) {
                    object.associatedFile = $Array(message.associatedFile.length);
                    for (let j = 0; j < message.associatedFile.length; ++j)
                        object.associatedFile[j] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.toObject(message.associatedFile[j], options, _depth + 1);
                }
                if (message.signal && message.signal.length) {
                    object.signal = $Array(message.signal.length);
                    for (let j = 0; j < message.signal.length; ++j)
                        object.signal[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.toObject(message.signal[j], options, _depth + 1);
                }
                if (message.associatedDetection && message.associatedDetection.length) {
                    object.associatedDetection = $Array(message.associatedDetection.length);
                    for (let j = 0; j < message.associatedDetection.length; ++j)
                        object.associatedDetection[j] = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.toObject(message.associatedDetection[j], options, _depth + 1);
                }
                if (message.derivedDetection && message.derivedDetection.length) {
                    object.derivedDetection = $Array(message.derivedDetection.length);
                    for (let j = 0; j < message.derivedDetection.length; ++j)
                        object.derivedDetection[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.toObject(message.derivedDetection[j], options, _depth + 1);
                }
                if (message.enuVelocity != null && $Object.hasOwnProperty.call(message, "enuVelocity")) {
                    object.enuVelocity = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity.toObject(message.enuVelocity, options, _depth + 1);
                    if (options.oneofs)
                        object.velocityOneof = "enuVelocity";
                }
                if (message.colour != null && $Object.hasOwnProperty.call(message, "colour"))
                    object.colour = message.colour;
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                return object;
            };

            DetectionReport.prototype.toJSON = function() {
                return DetectionReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            DetectionReport.PredictedLocation = (function() {

                const PredictedLocation = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PredictedLocation.prototype.rangeBearing = null;
                PredictedLocation.prototype.location = null;
                PredictedLocation.prototype.predictedTimestamp = null;

                let $oneOfFields;

                $Object.defineProperty(PredictedLocation.prototype, "predictedLocationOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["rangeBearing", "location"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PredictedLocation.prototype, "_predictedTimestamp", {
                    get: $util.oneOfGetter($oneOfFields = ["predictedTimestamp"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                PredictedLocation.create = function(properties) {
                    return new PredictedLocation(properties);
                };

                PredictedLocation.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing"))
                        $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.encode(message.rangeBearing, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Location.encode(message.location, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.predictedTimestamp != null && $Object.hasOwnProperty.call(message, "predictedTimestamp"))
                        $root.google.protobuf.Timestamp.encode(message.predictedTimestamp, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PredictedLocation.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                PredictedLocation.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation();
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
                                message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.decode(reader, reader.size(), $undefined, _depth + 1, message.rangeBearing);
                                message.predictedLocationOneof = "rangeBearing";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.location);
                                message.predictedLocationOneof = "location";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.predictedTimestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.predictedTimestamp);
                                message._predictedTimestamp = "predictedTimestamp";
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

                PredictedLocation.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                PredictedLocation.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                        properties.predictedLocationOneof = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.verify(message.rangeBearing, _depth + 1);
                            if (error)
                                return "rangeBearing." + error;
                        }
                    }
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                        if (properties.predictedLocationOneof === 1)
                            return "predictedLocationOneof: multiple values";
                        properties.predictedLocationOneof = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Location.verify(message.location, _depth + 1);
                            if (error)
                                return "location." + error;
                        }
                    }
                    if (message.predictedTimestamp != null && $Object.hasOwnProperty.call(message, "predictedTimestamp")) {
                        properties._predictedTimestamp = 1;
                        {
                            let error = $root.google.protobuf.Timestamp.verify(message.predictedTimestamp, _depth + 1);
                            if (error)
                                return "predictedTimestamp." + error;
                        }
                    }
                    return null;
                };

                PredictedLocation.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation();
                    if (object.rangeBearing != null) {
                        if (!$util.isObject(object.rangeBearing))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.rangeBearing: object expected");
                        message.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.fromObject(object.rangeBearing, _depth + 1);
                    }
                    if (object.location != null) {
                        if (!$util.isObject(object.location))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.location: object expected");
                        message.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.fromObject(object.location, _depth + 1);
                    }
                    if (object.predictedTimestamp != null) {
                        if (!$util.isObject(object.predictedTimestamp))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.predictedTimestamp: object expected");
                        message.predictedTimestamp = $root.google.protobuf.Timestamp.fromObject(object.predictedTimestamp, _depth + 1);
                    }
                    return message;
                };

                PredictedLocation.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.rangeBearing != null && $Object.hasOwnProperty.call(message, "rangeBearing")) {
                        object.rangeBearing = $root.sapient_msg.bsi_flex_335_v2_0.RangeBearing.toObject(message.rangeBearing, options, _depth + 1);
                        if (options.oneofs)
                            object.predictedLocationOneof = "rangeBearing";
                    }
                    if (message.location != null && $Object.hasOwnProperty.call(message, "location")) {
                        object.location = $root.sapient_msg.bsi_flex_335_v2_0.Location.toObject(message.location, options, _depth + 1);
                        if (options.oneofs)
                            object.predictedLocationOneof = "location";
                    }
                    if (message.predictedTimestamp != null && $Object.hasOwnProperty.call(message, "predictedTimestamp"))
                        object.predictedTimestamp = $root.google.protobuf.Timestamp.toObject(message.predictedTimestamp, options, _depth + 1);
                    return object;
                };

                PredictedLocation.prototype.toJSON = function() {
                    return PredictedLocation.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PredictedLocation;
            })();

            DetectionReport.TrackObjectInfo = (function() {

                const TrackObjectInfo = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TrackObjectInfo.prototype.type = null;
                TrackObjectInfo.prototype.value = null;
                TrackObjectInfo.prototype.error = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TrackObjectInfo.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TrackObjectInfo.prototype, "_value", {
                    get: $util.oneOfGetter($oneOfFields = ["value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TrackObjectInfo.prototype, "_error", {
                    get: $util.oneOfGetter($oneOfFields = ["error"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                TrackObjectInfo.create = function(properties) {
                    return new TrackObjectInfo(properties);
                };

                TrackObjectInfo.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(18).string(message.value);
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        writer.uint32(29).float(message.error);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TrackObjectInfo.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                TrackObjectInfo.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.value = reader.stringVerify();
                                message._value = "value";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 5)
                                    break;
                                message.error = reader.float();
                                message._error = "error";
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

                TrackObjectInfo.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                TrackObjectInfo.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        properties._value = 1;
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    }
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                        properties._error = 1;
                        if (typeof message.error !== "number")
                            return "error: number expected";
                    }
                    return null;
                };

                TrackObjectInfo.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.value != null)
                        message.value = $String(object.value);
                    if (object.error != null)
                        message.error = $Number(object.error);
                    return message;
                };

                TrackObjectInfo.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                        object.error = options.json && !$isFinite(message.error) ? $String(message.error) : message.error;
                    return object;
                };

                TrackObjectInfo.prototype.toJSON = function() {
                    return TrackObjectInfo.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TrackObjectInfo;
            })();

            DetectionReport.DetectionReportClassification = (function() {

                const DetectionReportClassification = function (properties) {
                    this.subClass = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetectionReportClassification.prototype.type = null;
                DetectionReportClassification.prototype.confidence = null;
                DetectionReportClassification.prototype.subClass = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionReportClassification.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionReportClassification.prototype, "_confidence", {
                    get: $util.oneOfGetter($oneOfFields = ["confidence"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                DetectionReportClassification.create = function(properties) {
                    return new DetectionReportClassification(properties);
                };

                DetectionReportClassification.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                        writer.uint32(21).float(message.confidence);
                    if (message.subClass != null && message.subClass.length)
                        for (let i = 0; i < message.subClass.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.encode(message.subClass[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetectionReportClassification.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                DetectionReportClassification.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 5)
                                    break;
                                message.confidence = reader.float();
                                message._confidence = "confidence";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClass && message.subClass.length))
                                    message.subClass = [];
                                message.subClass.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.decode(reader, reader.size(), $undefined, _depth + 1));
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

                DetectionReportClassification.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                DetectionReportClassification.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence")) {
                        properties._confidence = 1;
                        if (typeof message.confidence !== "number")
                            return "confidence: number expected";
                    }
                    if (message.subClass != null && $Object.hasOwnProperty.call(message, "subClass")) {
                        if (!$Array.isArray(message.subClass))
                            return "subClass: array expected";
                        for (let i = 0; i < message.subClass.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.verify(message.subClass[i], _depth + 1);
                            if (error)
                                return "subClass." + error;
                        }
                    }
                    return null;
                };

                DetectionReportClassification.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.confidence != null)
                        message.confidence = $Number(object.confidence);
                    if (object.subClass) {
                        if (!$Array.isArray(object.subClass))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.subClass: array expected");
                        message.subClass = $Array(object.subClass.length);
                        for (let i = 0; i < object.subClass.length; ++i) {
                            if (!$util.isObject(object.subClass[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.subClass: object expected");
                            message.subClass[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.fromObject(object.subClass[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DetectionReportClassification.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subClass = [];
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                        object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                    if (message.subClass && message.subClass.length) {
                        object.subClass = $Array(message.subClass.length);
                        for (let j = 0; j < message.subClass.length; ++j)
                            object.subClass[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.toObject(message.subClass[j], options, _depth + 1);
                    }
                    return object;
                };

                DetectionReportClassification.prototype.toJSON = function() {
                    return DetectionReportClassification.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DetectionReportClassification;
            })();

            DetectionReport.SubClass = (function() {

                const SubClass = function (properties) {
                    this.subClass = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SubClass.prototype.type = null;
                SubClass.prototype.confidence = null;
                SubClass.prototype.level = null;
                SubClass.prototype.subClass = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClass.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClass.prototype, "_confidence", {
                    get: $util.oneOfGetter($oneOfFields = ["confidence"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClass.prototype, "_level", {
                    get: $util.oneOfGetter($oneOfFields = ["level"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                SubClass.create = function(properties) {
                    return new SubClass(properties);
                };

                SubClass.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                        writer.uint32(21).float(message.confidence);
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        writer.uint32(24).int32(message.level);
                    if (message.subClass != null && message.subClass.length)
                        for (let i = 0; i < message.subClass.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.encode(message.subClass[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SubClass.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                SubClass.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 5)
                                    break;
                                message.confidence = reader.float();
                                message._confidence = "confidence";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.level = reader.int32();
                                message._level = "level";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClass && message.subClass.length))
                                    message.subClass = [];
                                message.subClass.push($root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.decode(reader, reader.size(), $undefined, _depth + 1));
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

                SubClass.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                SubClass.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence")) {
                        properties._confidence = 1;
                        if (typeof message.confidence !== "number")
                            return "confidence: number expected";
                    }
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level")) {
                        properties._level = 1;
                        if (!$util.isInteger(message.level))
                            return "level: integer expected";
                    }
                    if (message.subClass != null && $Object.hasOwnProperty.call(message, "subClass")) {
                        if (!$Array.isArray(message.subClass))
                            return "subClass: array expected";
                        for (let i = 0; i < message.subClass.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.verify(message.subClass[i], _depth + 1);
                            if (error)
                                return "subClass." + error;
                        }
                    }
                    return null;
                };

                SubClass.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.confidence != null)
                        message.confidence = $Number(object.confidence);
                    if (object.level != null)
                        message.level = object.level | 0;
                    if (object.subClass) {
                        if (!$Array.isArray(object.subClass))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.subClass: array expected");
                        message.subClass = $Array(object.subClass.length);
                        for (let i = 0; i < object.subClass.length; ++i) {
                            if (!$util.isObject(object.subClass[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.subClass: object expected");
                            message.subClass[i] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.fromObject(object.subClass[i], _depth + 1);
                        }
                    }
                    return message;
                };

                SubClass.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subClass = [];
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                        object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        object.level = message.level;
                    if (message.subClass && message.subClass.length) {
                        object.subClass = $Array(message.subClass.length);
                        for (let j = 0; j < message.subClass.length; ++j)
                            object.subClass[j] = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.toObject(message.subClass[j], options, _depth + 1);
                    }
                    return object;
                };

                SubClass.prototype.toJSON = function() {
                    return SubClass.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SubClass;
            })();

            DetectionReport.Behaviour = (function() {

                const Behaviour = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Behaviour.prototype.type = null;
                Behaviour.prototype.confidence = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Behaviour.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Behaviour.prototype, "_confidence", {
                    get: $util.oneOfGetter($oneOfFields = ["confidence"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Behaviour.create = function(properties) {
                    return new Behaviour(properties);
                };

                Behaviour.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                        writer.uint32(21).float(message.confidence);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Behaviour.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Behaviour.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 5)
                                    break;
                                message.confidence = reader.float();
                                message._confidence = "confidence";
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

                Behaviour.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Behaviour.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence")) {
                        properties._confidence = 1;
                        if (typeof message.confidence !== "number")
                            return "confidence: number expected";
                    }
                    return null;
                };

                Behaviour.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.confidence != null)
                        message.confidence = $Number(object.confidence);
                    return message;
                };

                Behaviour.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.confidence != null && $Object.hasOwnProperty.call(message, "confidence"))
                        object.confidence = options.json && !$isFinite(message.confidence) ? $String(message.confidence) : message.confidence;
                    return object;
                };

                Behaviour.prototype.toJSON = function() {
                    return Behaviour.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Behaviour;
            })();

            DetectionReport.Signal = (function() {

                const Signal = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Signal.prototype.amplitude = null;
                Signal.prototype.startFrequency = null;
                Signal.prototype.centreFrequency = null;
                Signal.prototype.stopFrequency = null;
                Signal.prototype.pulseDuration = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Signal.prototype, "_amplitude", {
                    get: $util.oneOfGetter($oneOfFields = ["amplitude"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Signal.prototype, "_startFrequency", {
                    get: $util.oneOfGetter($oneOfFields = ["startFrequency"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Signal.prototype, "_centreFrequency", {
                    get: $util.oneOfGetter($oneOfFields = ["centreFrequency"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Signal.prototype, "_stopFrequency", {
                    get: $util.oneOfGetter($oneOfFields = ["stopFrequency"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Signal.prototype, "_pulseDuration", {
                    get: $util.oneOfGetter($oneOfFields = ["pulseDuration"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Signal.create = function(properties) {
                    return new Signal(properties);
                };

                Signal.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.amplitude != null && $Object.hasOwnProperty.call(message, "amplitude"))
                        writer.uint32(13).float(message.amplitude);
                    if (message.startFrequency != null && $Object.hasOwnProperty.call(message, "startFrequency"))
                        writer.uint32(21).float(message.startFrequency);
                    if (message.centreFrequency != null && $Object.hasOwnProperty.call(message, "centreFrequency"))
                        writer.uint32(29).float(message.centreFrequency);
                    if (message.stopFrequency != null && $Object.hasOwnProperty.call(message, "stopFrequency"))
                        writer.uint32(37).float(message.stopFrequency);
                    if (message.pulseDuration != null && $Object.hasOwnProperty.call(message, "pulseDuration"))
                        writer.uint32(45).float(message.pulseDuration);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Signal.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Signal.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal();
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
                                message.amplitude = reader.float();
                                message._amplitude = "amplitude";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 5)
                                    break;
                                message.startFrequency = reader.float();
                                message._startFrequency = "startFrequency";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 5)
                                    break;
                                message.centreFrequency = reader.float();
                                message._centreFrequency = "centreFrequency";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 5)
                                    break;
                                message.stopFrequency = reader.float();
                                message._stopFrequency = "stopFrequency";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 5)
                                    break;
                                message.pulseDuration = reader.float();
                                message._pulseDuration = "pulseDuration";
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

                Signal.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Signal.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.amplitude != null && $Object.hasOwnProperty.call(message, "amplitude")) {
                        properties._amplitude = 1;
                        if (typeof message.amplitude !== "number")
                            return "amplitude: number expected";
                    }
                    if (message.startFrequency != null && $Object.hasOwnProperty.call(message, "startFrequency")) {
                        properties._startFrequency = 1;
                        if (typeof message.startFrequency !== "number")
                            return "startFrequency: number expected";
                    }
                    if (message.centreFrequency != null && $Object.hasOwnProperty.call(message, "centreFrequency")) {
                        properties._centreFrequency = 1;
                        if (typeof message.centreFrequency !== "number")
                            return "centreFrequency: number expected";
                    }
                    if (message.stopFrequency != null && $Object.hasOwnProperty.call(message, "stopFrequency")) {
                        properties._stopFrequency = 1;
                        if (typeof message.stopFrequency !== "number")
                            return "stopFrequency: number expected";
                    }
                    if (message.pulseDuration != null && $Object.hasOwnProperty.call(message, "pulseDuration")) {
                        properties._pulseDuration = 1;
                        if (typeof message.pulseDuration !== "number")
                            return "pulseDuration: number expected";
                    }
                    return null;
                };

                Signal.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal();
                    if (object.amplitude != null)
                        message.amplitude = $Number(object.amplitude);
                    if (object.startFrequency != null)
                        message.startFrequency = $Number(object.startFrequency);
                    if (object.centreFrequency != null)
                        message.centreFrequency = $Number(object.centreFrequency);
                    if (object.stopFrequency != null)
                        message.stopFrequency = $Number(object.stopFrequency);
                    if (object.pulseDuration != null)
                        message.pulseDuration = $Number(object.pulseDuration);
                    return message;
                };

                Signal.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.amplitude != null && $Object.hasOwnProperty.call(message, "amplitude"))
                        object.amplitude = options.json && !$isFinite(message.amplitude) ? $String(message.amplitude) : message.amplitude;
                    if (message.startFrequency != null && $Object.hasOwnProperty.call(message, "startFrequency"))
                        object.startFrequency = options.json && !$isFinite(message.startFrequency) ? $String(message.startFrequency) : message.startFrequency;
                    if (message.centreFrequency != null && $Object.hasOwnProperty.call(message, "centreFrequency"))
                        object.centreFrequency = options.json && !$isFinite(message.centreFrequency) ? $String(message.centreFrequency) : message.centreFrequency;
                    if (message.stopFrequency != null && $Object.hasOwnProperty.call(message, "stopFrequency"))
                        object.stopFrequency = options.json && !$isFinite(message.stopFrequency) ? $String(message.stopFrequency) : message.stopFrequency;
                    if (message.pulseDuration != null && $Object.hasOwnProperty.call(message, "pulseDuration"))
                        object.pulseDuration = options.json && !$isFinite(message.pulseDuration) ? $String(message.pulseDuration) : message.pulseDuration;
                    return object;
                };

                Signal.prototype.toJSON = function() {
                    return Signal.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Signal;
            })();

            DetectionReport.DerivedDetection = (function() {

                const DerivedDetection = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DerivedDetection.prototype.timestamp = null;
                DerivedDetection.prototype.nodeId = null;
                DerivedDetection.prototype.objectId = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DerivedDetection.prototype, "_timestamp", {
                    get: $util.oneOfGetter($oneOfFields = ["timestamp"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DerivedDetection.prototype, "_nodeId", {
                    get: $util.oneOfGetter($oneOfFields = ["nodeId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DerivedDetection.prototype, "_objectId", {
                    get: $util.oneOfGetter($oneOfFields = ["objectId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                DerivedDetection.create = function(properties) {
                    return new DerivedDetection(properties);
                };

                DerivedDetection.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        writer.uint32(18).string(message.nodeId);
                    if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                        writer.uint32(26).string(message.objectId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DerivedDetection.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                DerivedDetection.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection();
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
                                message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                                message._timestamp = "timestamp";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.nodeId = reader.stringVerify();
                                message._nodeId = "nodeId";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.objectId = reader.stringVerify();
                                message._objectId = "objectId";
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

                DerivedDetection.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                DerivedDetection.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                        properties._timestamp = 1;
                        {
                            let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                            if (error)
                                return "timestamp." + error;
                        }
                    }
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId")) {
                        properties._nodeId = 1;
                        if (!$util.isString(message.nodeId))
                            return "nodeId: string expected";
                    }
                    if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId")) {
                        properties._objectId = 1;
                        if (!$util.isString(message.objectId))
                            return "objectId: string expected";
                    }
                    return null;
                };

                DerivedDetection.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection();
                    if (object.timestamp != null) {
                        if (!$util.isObject(object.timestamp))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.timestamp: object expected");
                        message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                    }
                    if (object.nodeId != null)
                        message.nodeId = $String(object.nodeId);
                    if (object.objectId != null)
                        message.objectId = $String(object.objectId);
                    return message;
                };

                DerivedDetection.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                    if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                        object.nodeId = message.nodeId;
                    if (message.objectId != null && $Object.hasOwnProperty.call(message, "objectId"))
                        object.objectId = message.objectId;
                    return object;
                };

                DerivedDetection.prototype.toJSON = function() {
                    return DerivedDetection.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DerivedDetection;
            })();

            return DetectionReport;
        })();

        bsi_flex_335_v2_0.ENUVelocity = (function() {

            const ENUVelocity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ENUVelocity.prototype.eastRate = null;
            ENUVelocity.prototype.northRate = null;
            ENUVelocity.prototype.upRate = null;
            ENUVelocity.prototype.eastRateError = null;
            ENUVelocity.prototype.northRateError = null;
            ENUVelocity.prototype.upRateError = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocity.prototype, "_eastRate", {
                get: $util.oneOfGetter($oneOfFields = ["eastRate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocity.prototype, "_northRate", {
                get: $util.oneOfGetter($oneOfFields = ["northRate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocity.prototype, "_upRate", {
                get: $util.oneOfGetter($oneOfFields = ["upRate"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocity.prototype, "_eastRateError", {
                get: $util.oneOfGetter($oneOfFields = ["eastRateError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocity.prototype, "_northRateError", {
                get: $util.oneOfGetter($oneOfFields = ["northRateError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocity.prototype, "_upRateError", {
                get: $util.oneOfGetter($oneOfFields = ["upRateError"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ENUVelocity.create = function(properties) {
                return new ENUVelocity(properties);
            };

            ENUVelocity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eastRate != null && $Object.hasOwnProperty.call(message, "eastRate"))
                    writer.uint32(9).double(message.eastRate);
                if (message.northRate != null && $Object.hasOwnProperty.call(message, "northRate"))
                    writer.uint32(17).double(message.northRate);
                if (message.upRate != null && $Object.hasOwnProperty.call(message, "upRate"))
                    writer.uint32(25).double(message.upRate);
                if (message.eastRateError != null && $Object.hasOwnProperty.call(message, "eastRateError"))
                    writer.uint32(33).double(message.eastRateError);
                if (message.northRateError != null && $Object.hasOwnProperty.call(message, "northRateError"))
                    writer.uint32(41).double(message.northRateError);
                if (message.upRateError != null && $Object.hasOwnProperty.call(message, "upRateError"))
                    writer.uint32(49).double(message.upRateError);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ENUVelocity.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ENUVelocity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity();
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
                            message.eastRate = reader.double();
                            message._eastRate = "eastRate";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 1)
                                break;
                            message.northRate = reader.double();
                            message._northRate = "northRate";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            message.upRate = reader.double();
                            message._upRate = "upRate";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 1)
                                break;
                            message.eastRateError = reader.double();
                            message._eastRateError = "eastRateError";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 1)
                                break;
                            message.northRateError = reader.double();
                            message._northRateError = "northRateError";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 1)
                                break;
                            message.upRateError = reader.double();
                            message._upRateError = "upRateError";
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

            ENUVelocity.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ENUVelocity.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.eastRate != null && $Object.hasOwnProperty.call(message, "eastRate")) {
                    properties._eastRate = 1;
                    if (typeof message.eastRate !== "number")
                        return "eastRate: number expected";
                }
                if (message.northRate != null && $Object.hasOwnProperty.call(message, "northRate")) {
                    properties._northRate = 1;
                    if (typeof message.northRate !== "number")
                        return "northRate: number expected";
                }
                if (message.upRate != null && $Object.hasOwnProperty.call(message, "upRate")) {
                    properties._upRate = 1;
                    if (typeof message.upRate !== "number")
                        return "upRate: number expected";
                }
                if (message.eastRateError != null && $Object.hasOwnProperty.call(message, "eastRateError")) {
                    properties._eastRateError = 1;
                    if (typeof message.eastRateError !== "number")
                        return "eastRateError: number expected";
                }
                if (message.northRateError != null && $Object.hasOwnProperty.call(message, "northRateError")) {
                    properties._northRateError = 1;
                    if (typeof message.northRateError !== "number")
                        return "northRateError: number expected";
                }
                if (message.upRateError != null && $Object.hasOwnProperty.call(message, "upRateError")) {
                    properties._upRateError = 1;
                    if (typeof message.upRateError !== "number")
                        return "upRateError: number expected";
                }
                return null;
            };

            ENUVelocity.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.ENUVelocity: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocity();
                if (object.eastRate != null)
                    message.eastRate = $Number(object.eastRate);
                if (object.northRate != null)
                    message.northRate = $Number(object.northRate);
                if (object.upRate != null)
                    message.upRate = $Number(object.upRate);
                if (object.eastRateError != null)
                    message.eastRateError = $Number(object.eastRateError);
                if (object.northRateError != null)
                    message.northRateError = $Number(object.northRateError);
                if (object.upRateError != null)
                    message.upRateError = $Number(object.upRateError);
                return message;
            };

            ENUVelocity.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.eastRate != null && $Object.hasOwnProperty.call(message, "eastRate"))
                    object.eastRate = options.json && !$isFinite(message.eastRate) ? $String(message.eastRate) : message.eastRate;
                if (message.northRate != null && $Object.hasOwnProperty.call(message, "northRate"))
                    object.northRate = options.json && !$isFinite(message.northRate) ? $String(message.northRate) : message.northRate;
                if (message.upRate != null && $Object.hasOwnProperty.call(message, "upRate"))
                    object.upRate = options.json && !$isFinite(message.upRate) ? $String(message.upRate) : message.upRate;
                if (message.eastRateError != null && $Object.hasOwnProperty.call(message, "eastRateError"))
                    object.eastRateError = options.json && !$isFinite(message.eastRateError) ? $String(message.eastRateError) : message.eastRateError;
                if (message.northRateError != null && $Object.hasOwnProperty.call(message, "northRateError"))
                    object.northRateError = options.json && !$isFinite(message.northRateError) ? $String(message.northRateError) : message.northRateError;
                if (message.upRateError != null && $Object.hasOwnProperty.call(message, "upRateError"))
                    object.upRateError = options.json && !$isFinite(message.upRateError) ? $String(message.upRateError) : message.upRateError;
                return object;
            };

            ENUVelocity.prototype.toJSON = function() {
                return ENUVelocity.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ENUVelocity;
        })();

        bsi_flex_335_v2_0.ENUVelocityUnits = (function() {

            const ENUVelocityUnits = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            ENUVelocityUnits.prototype.eastNorthRateUnits = null;
            ENUVelocityUnits.prototype.upRateUnits = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocityUnits.prototype, "_eastNorthRateUnits", {
                get: $util.oneOfGetter($oneOfFields = ["eastNorthRateUnits"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(ENUVelocityUnits.prototype, "_upRateUnits", {
                get: $util.oneOfGetter($oneOfFields = ["upRateUnits"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            ENUVelocityUnits.create = function(properties) {
                return new ENUVelocityUnits(properties);
            };

            ENUVelocityUnits.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.eastNorthRateUnits != null && $Object.hasOwnProperty.call(message, "eastNorthRateUnits"))
                    writer.uint32(8).int32(message.eastNorthRateUnits);
                if (message.upRateUnits != null && $Object.hasOwnProperty.call(message, "upRateUnits"))
                    writer.uint32(16).int32(message.upRateUnits);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            ENUVelocityUnits.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            ENUVelocityUnits.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits();
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
                            message.eastNorthRateUnits = reader.int32();
                            message._eastNorthRateUnits = "eastNorthRateUnits";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.upRateUnits = reader.int32();
                            message._upRateUnits = "upRateUnits";
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

            ENUVelocityUnits.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            ENUVelocityUnits.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.eastNorthRateUnits != null && $Object.hasOwnProperty.call(message, "eastNorthRateUnits")) {
                    properties._eastNorthRateUnits = 1;
                    if (typeof message.eastNorthRateUnits !== "number" || (message.eastNorthRateUnits | 0) !== message.eastNorthRateUnits)
                        return "eastNorthRateUnits: enum value expected";
                }
                if (message.upRateUnits != null && $Object.hasOwnProperty.call(message, "upRateUnits")) {
                    properties._upRateUnits = 1;
                    if (typeof message.upRateUnits !== "number" || (message.upRateUnits | 0) !== message.upRateUnits)
                        return "upRateUnits: enum value expected";
                }
                return null;
            };

            ENUVelocityUnits.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits();
                switch (object.eastNorthRateUnits) {
                case "SPEED_UNITS_UNSPECIFIED":
                case 0:
                    message.eastNorthRateUnits = 0;
                    break;
                case "SPEED_UNITS_MS":
                case 1:
                    message.eastNorthRateUnits = 1;
                    break;
                case "SPEED_UNITS_KPH":
                case 2:
                    message.eastNorthRateUnits = 2;
                    break;
                default:
                    if (typeof object.eastNorthRateUnits === "number" && (object.eastNorthRateUnits | 0) === object.eastNorthRateUnits)
                        message.eastNorthRateUnits = object.eastNorthRateUnits;
                }
                switch (object.upRateUnits) {
                case "SPEED_UNITS_UNSPECIFIED":
                case 0:
                    message.upRateUnits = 0;
                    break;
                case "SPEED_UNITS_MS":
                case 1:
                    message.upRateUnits = 1;
                    break;
                case "SPEED_UNITS_KPH":
                case 2:
                    message.upRateUnits = 2;
                    break;
                default:
                    if (typeof object.upRateUnits === "number" && (object.upRateUnits | 0) === object.upRateUnits)
                        message.upRateUnits = object.upRateUnits;
                }
                return message;
            };

            ENUVelocityUnits.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.eastNorthRateUnits != null && $Object.hasOwnProperty.call(message, "eastNorthRateUnits"))
                    object.eastNorthRateUnits = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.SpeedUnits[message.eastNorthRateUnits] === $undefined ? message.eastNorthRateUnits : $root.sapient_msg.bsi_flex_335_v2_0.SpeedUnits[message.eastNorthRateUnits] : message.eastNorthRateUnits;
                if (message.upRateUnits != null && $Object.hasOwnProperty.call(message, "upRateUnits"))
                    object.upRateUnits = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.SpeedUnits[message.upRateUnits] === $undefined ? message.upRateUnits : $root.sapient_msg.bsi_flex_335_v2_0.SpeedUnits[message.upRateUnits] : message.upRateUnits;
                return object;
            };

            ENUVelocityUnits.prototype.toJSON = function() {
                return ENUVelocityUnits.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ENUVelocityUnits;
        })();

        bsi_flex_335_v2_0.SpeedUnits = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SPEED_UNITS_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SPEED_UNITS_MS"] = 1;
            values[valuesById[2] = "SPEED_UNITS_KPH"] = 2;
            return values;
        })();

        bsi_flex_335_v2_0.Error = (function() {

            const Error = function (properties) {
                this.errorMessage = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Error.prototype.packet = null;
            Error.prototype.errorMessage = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Error.prototype, "_packet", {
                get: $util.oneOfGetter($oneOfFields = ["packet"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Error.create = function(properties) {
                return new Error(properties);
            };

            Error.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    writer.uint32(10).bytes(message.packet);
                if (message.errorMessage != null && message.errorMessage.length)
                    for (let i = 0; i < message.errorMessage.length; ++i)
                        writer.uint32(26).string(message.errorMessage[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Error.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Error.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Error();
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
                            message.packet = reader.bytes();
                            message._packet = "packet";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.errorMessage && message.errorMessage.length))
                                message.errorMessage = [];
                            message.errorMessage.push(reader.stringVerify());
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

            Error.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Error.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet")) {
                    properties._packet = 1;
                    if (!(message.packet && typeof message.packet.length === "number" || $util.isString(message.packet)))
                        return "packet: buffer expected";
                }
                if (message.errorMessage != null && $Object.hasOwnProperty.call(message, "errorMessage")) {
                    if (!$Array.isArray(message.errorMessage))
                        return "errorMessage: array expected";
                    for (let i = 0; i < message.errorMessage.length; ++i)
                        if (!$util.isString(message.errorMessage[i]))
                            return "errorMessage: string[] expected";
                }
                return null;
            };

            Error.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Error)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Error: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.Error();
                if (object.packet != null)
                    if (typeof object.packet === "string")
                        $util.base64.decode(object.packet, message.packet = $util.newBuffer($util.base64.length(object.packet)), 0);
                    else if (object.packet.length >= 0)
                        message.packet = object.packet;
                if (object.errorMessage) {
                    if (!$Array.isArray(object.errorMessage))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Error.errorMessage: array expected");
                    message.errorMessage = $Array(object.errorMessage.length);
                    for (let i = 0; i < object.errorMessage.length; ++i)
                        message.errorMessage[i] = $String(object.errorMessage[i]);
                }
                return message;
            };

            Error.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.errorMessage = [];
                if (message.packet != null && $Object.hasOwnProperty.call(message, "packet"))
                    object.packet = options.bytes === $String ? $util.base64.encode(message.packet, 0, message.packet.length) : options.bytes === $Array ? $Array.prototype.slice.call(message.packet) : message.packet;
                if (message.errorMessage && message.errorMessage.length) {
                    object.errorMessage = $Array(message.errorMessage.length);
                    for (let j = 0; j < message.errorMessage.length; ++j)
                        object.errorMessage[j] = message.errorMessage[j];
                }
                return object;
            };

            Error.prototype.toJSON = function() {
                return Error.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Error;
        })();

        bsi_flex_335_v2_0.FollowObject = (function() {

            const FollowObject = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            FollowObject.prototype.followObjectId = "";

            FollowObject.create = function(properties) {
                return new FollowObject(properties);
            };

            FollowObject.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.followObjectId != null && $Object.hasOwnProperty.call(message, "followObjectId") && message.followObjectId !== "")
                    writer.uint32(10).string(message.followObjectId);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            FollowObject.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            FollowObject.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.FollowObject();
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
                                message.followObjectId = value;
                            else
                                delete message.followObjectId;
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

            FollowObject.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            FollowObject.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.followObjectId != null && $Object.hasOwnProperty.call(message, "followObjectId"))
                    if (!$util.isString(message.followObjectId))
                        return "followObjectId: string expected";
                return null;
            };

            FollowObject.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.FollowObject)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.FollowObject: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.FollowObject();
                if (object.followObjectId != null)
                    if (typeof object.followObjectId !== "string" || object.followObjectId.length)
                        message.followObjectId = $String(object.followObjectId);
                return message;
            };

            FollowObject.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.followObjectId = "";
                if (message.followObjectId != null && $Object.hasOwnProperty.call(message, "followObjectId"))
                    object.followObjectId = message.followObjectId;
                return object;
            };

            FollowObject.prototype.toJSON = function() {
                return FollowObject.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FollowObject;
        })();

        bsi_flex_335_v2_0.Operator = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "OPERATOR_UNSPECIFIED"] = 0;
            values[valuesById[1] = "OPERATOR_ALL"] = 1;
            values[valuesById[2] = "OPERATOR_GREATER_THAN"] = 2;
            values[valuesById[3] = "OPERATOR_LESS_THAN"] = 3;
            values[valuesById[4] = "OPERATOR_EQUAL"] = 4;
            return values;
        })();

        bsi_flex_335_v2_0.Registration = (function() {

            const Registration = function (properties) {
                this.nodeDefinition = [];
                this.capabilities = [];
                this.modeDefinition = [];
                this.dependentNodes = [];
                this.reportingRegion = [];
                this.configData = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Registration.prototype.nodeDefinition = $util.emptyArray;
            Registration.prototype.icdVersion = null;
            Registration.prototype.name = null;
            Registration.prototype.shortName = null;
            Registration.prototype.capabilities = $util.emptyArray;
            Registration.prototype.statusDefinition = null;
            Registration.prototype.modeDefinition = $util.emptyArray;
            Registration.prototype.dependentNodes = $util.emptyArray;
            Registration.prototype.reportingRegion = $util.emptyArray;
            Registration.prototype.configData = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Registration.prototype, "_icdVersion", {
                get: $util.oneOfGetter($oneOfFields = ["icdVersion"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Registration.prototype, "_name", {
                get: $util.oneOfGetter($oneOfFields = ["name"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Registration.prototype, "_shortName", {
                get: $util.oneOfGetter($oneOfFields = ["shortName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Registration.prototype, "_statusDefinition", {
                get: $util.oneOfGetter($oneOfFields = ["statusDefinition"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Registration.create = function(properties) {
                return new Registration(properties);
            };

            Registration.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeDefinition != null && message.nodeDefinition.length)
                    for (let i = 0; i < message.nodeDefinition.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.encode(message.nodeDefinition[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.icdVersion != null && $Object.hasOwnProperty.call(message, "icdVersion"))
                    writer.uint32(18).string(message.icdVersion);
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    writer.uint32(26).string(message.name);
                if (message.shortName != null && $Object.hasOwnProperty.call(message, "shortName"))
                    writer.uint32(34).string(message.shortName);
                if (message.capabilities != null && message.capabilities.length)
                    for (let i = 0; i < message.capabilities.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability.encode(message.capabilities[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.statusDefinition != null && $Object.hasOwnProperty.call(message, "statusDefinition"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.encode(message.statusDefinition, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.modeDefinition != null && message.modeDefinition.length)
                    for (let i = 0; i < message.modeDefinition.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.encode(message.modeDefinition[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.dependentNodes != null && message.dependentNodes.length)
                    for (let i = 0; i < message.dependentNodes.length; ++i)
                        writer.uint32(66).string(message.dependentNodes[i]);
                if (message.reportingRegion != null && message.reportingRegion.length)
                    for (let i = 0; i < message.reportingRegion.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.encode(message.reportingRegion[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.configData != null && message.configData.length)
                    for (let i = 0; i < message.configData.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.encode(message.configData[i], writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Registration.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Registration.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration();
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
                            if (!(message.nodeDefinition && message.nodeDefinition.length))
                                message.nodeDefinition = [];
                            message.nodeDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.icdVersion = reader.stringVerify();
                            message._icdVersion = "icdVersion";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.name = reader.stringVerify();
                            message._name = "name";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.shortName = reader.stringVerify();
                            message._shortName = "shortName";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capabilities && message.capabilities.length))
                                message.capabilities = [];
                            message.capabilities.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.statusDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.decode(reader, reader.size(), $undefined, _depth + 1, message.statusDefinition);
                            message._statusDefinition = "statusDefinition";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.modeDefinition && message.modeDefinition.length))
                                message.modeDefinition = [];
                            message.modeDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dependentNodes && message.dependentNodes.length))
                                message.dependentNodes = [];
                            message.dependentNodes.push(reader.stringVerify());
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reportingRegion && message.reportingRegion.length))
                                message.reportingRegion = [];
                            message.reportingRegion.push($root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.configData && message.configData.length))
                                message.configData = [];
                            message.configData.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.decode(reader, reader.size(), $undefined, _depth + 1));
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

            Registration.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Registration.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.nodeDefinition != null && $Object.hasOwnProperty.call(message, "nodeDefinition")) {
                    if (!$Array.isArray(message.nodeDefinition))
                        return "nodeDefinition: array expected";
                    for (let i = 0; i < message.nodeDefinition.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.verify(message.nodeDefinition[i], _depth + 1);
                        if (error)
                            return "nodeDefinition." + error;
                    }
                }
                if (message.icdVersion != null && $Object.hasOwnProperty.call(message, "icdVersion")) {
                    properties._icdVersion = 1;
                    if (!$util.isString(message.icdVersion))
                        return "icdVersion: string expected";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                    properties._name = 1;
                    if (!$util.isString(message.name))
                        return "name: string expected";
                }
                if (message.shortName != null && $Object.hasOwnProperty.call(message, "shortName")) {
                    properties._shortName = 1;
                    if (!$util.isString(message.shortName))
                        return "shortName: string expected";
                }
                if (message.capabilities != null && $Object.hasOwnProperty.call(message, "capabilities")) {
                    if (!$Array.isArray(message.capabilities))
                        return "capabilities: array expected";
                    for (let i = 0; i < message.capabilities.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability.verify(message.capabilities[i], _depth + 1);
                        if (error)
                            return "capabilities." + error;
                    }
                }
                if (message.statusDefinition != null && $Object.hasOwnProperty.call(message, "statusDefinition")) {
                    properties._statusDefinition = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.verify(message.statusDefinition, _depth + 1);
                        if (error)
                            return "statusDefinition." + error;
                    }
                }
                if (message.modeDefinition != null && $Object.hasOwnProperty.call(message, "modeDefinition")) {
                    if (!$Array.isArray(message.modeDefinition))
                        return "modeDefinition: array expected";
                    for (let i = 0; i < message.modeDefinition.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.verify(message.modeDefinition[i], _depth + 1);
                        if (error)
                            return "modeDefinition." + error;
                    }
                }
                if (message.dependentNodes != null && $Object.hasOwnProperty.call(message, "dependentNodes")) {
                    if (!$Array.isArray(message.dependentNodes))
                        return "dependentNodes: array expected";
                    for (let i = 0; i < message.dependentNodes.length; ++i)
                        if (!$util.isString(message.dependentNodes[i]))
                            return "dependentNodes: string[] expected";
                }
                if (message.reportingRegion != null && $Object.hasOwnProperty.call(message, "reportingRegion")) {
                    if (!$Array.isArray(message.reportingRegion))
                        return "reportingRegion: array expected";
                    for (let i = 0; i < message.reportingRegion.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify(message.reportingRegion[i], _depth + 1);
                        if (error)
                            return "reportingRegion." + error;
                    }
                }
                if (message.configData != null && $Object.hasOwnProperty.call(message, "configData")) {
                    if (!$Array.isArray(message.configData))
                        return "configData: array expected";
                    for (let i = 0; i < message.configData.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.verify(message.configData[i], _depth + 1);
                        if (error)
                            return "configData." + error;
                    }
                }
                return null;
            };

            Registration.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration();
                if (object.nodeDefinition) {
                    if (!$Array.isArray(object.nodeDefinition))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.nodeDefinition: array expected");
                    message.nodeDefinition = $Array(object.nodeDefinition.length);
                    for (let i = 0; i < object.nodeDefinition.length; ++i) {
                        if (!$util.isObject(object.nodeDefinition[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.nodeDefinition: object expected");
                        message.nodeDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.fromObject(object.nodeDefinition[i], _depth + 1);
                    }
                }
                if (object.icdVersion != null)
                    message.icdVersion = $String(object.icdVersion);
                if (object.name != null)
                    message.name = $String(object.name);
                if (object.shortName != null)
                    message.shortName = $String(object.shortName);
                if (object.capabilities) {
                    if (!$Array.isArray(object.capabilities))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.capabilities: array expected");
                    message.capabilities = $Array(object.capabilities.length);
                    for (let i = 0; i < object.capabilities.length; ++i) {
                        if (!$util.isObject(object.capabilities[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.capabilities: object expected");
                        message.capabilities[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability.fromObject(object.capabilities[i], _depth + 1);
                    }
                }
                if (object.statusDefinition != null) {
                    if (!$util.isObject(object.statusDefinition))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.statusDefinition: object expected");
                    message.statusDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.fromObject(object.statusDefinition, _depth + 1);
                }
                if (object.modeDefinition) {
                    if (!$Array.isArray(object.modeDefinition))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.modeDefinition: array expected");
                    message.modeDefinition = $Array(object.modeDefinition.length);
                    for (let i = 0; i < object.modeDefinition.length; ++i) {
                        if (!$util.isObject(object.modeDefinition[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.modeDefinition: object expected");
                        message.modeDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.fromObject(object.modeDefinition[i], _depth + 1);
                    }
                }
                if (object.dependentNodes) {
                    if (!$Array.isArray(object.dependentNodes))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.dependentNodes: array expected");
                    message.dependentNodes = $Array(object.dependentNodes.length);
                    for (let i = 0; i < object.dependentNodes.length; ++i)
                        message.dependentNodes[i] = $String(object.dependentNodes[i]);
                }
                if (object.reportingRegion) {
                    if (!$Array.isArray(object.reportingRegion))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.reportingRegion: array expected");
                    message.reportingRegion = $Array(object.reportingRegion.length);
                    for (let i = 0; i < object.reportingRegion.length; ++i) {
                        if (!$util.isObject(object.reportingRegion[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.reportingRegion: object expected");
                        message.reportingRegion[i] = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.fromObject(object.reportingRegion[i], _depth + 1);
                    }
                }
                if (object.configData) {
                    if (!$Array.isArray(object.configData))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.configData: array expected");
                    message.configData = $Array(object.configData.length);
                    for (let i = 0; i < object.configData.length; ++i) {
                        if (!$util.isObject(object.configData[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.configData: object expected");
                        message.configData[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.fromObject(object.configData[i], _depth + 1);
                    }
                }
                return message;
            };

            Registration.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.nodeDefinition = [];
                    object.capabilities = [];
                    object.modeDefinition = [];
                    object.dependentNodes = [];
                    object.reportingRegion = [];
                    object.configData = [];
                }
                if (message.nodeDefinition && message.nodeDefinition.length) {
                    object.nodeDefinition = $Array(message.nodeDefinition.length);
                    for (let j = 0; j < message.nodeDefinition.length; ++j)
                        object.nodeDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.toObject(message.nodeDefinition[j], options, _depth + 1);
                }
                if (message.icdVersion != null && $Object.hasOwnProperty.call(message, "icdVersion"))
                    object.icdVersion = message.icdVersion;
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.shortName != null && $Object.hasOwnProperty.call(message, "shortName"))
                    object.shortName = message.shortName;
                if (message.capabilities && message.capabilities.length) {
                    object.capabilities = $Array(message.capabilities.length);
                    for (let j = 0; j < message.capabilities.length; ++j)
                        object.capabilities[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability.toObject(message.capabilities[j], options, _depth + 1);
                }
                if (message.statusDefinition != null && $Object.hasOwnProperty.call(message, "statusDefinition"))
                    object.statusDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.toObject(message.statusDefinition, options, _depth + 1);
                if (message.modeDefinition && message.modeDefinition.length) {
                    object.modeDefinition = $Array(message.modeDefinition.length);
                    for (let j = 0; j < message.modeDefinition.length; ++j)
                        object.modeDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.toObject(message.modeDefinition[j], options, _depth + 1);
                }
                if (message.dependentNodes && message.dependentNodes.length) {
                    object.dependentNodes = $Array(message.dependentNodes.length);
                    for (let j = 0; j < message.dependentNodes.length; ++j)
                        object.dependentNodes[j] = message.dependentNodes[j];
                }
                if (message.reportingRegion && message.reportingRegion.length) {
                    object.reportingRegion = $Array(message.reportingRegion.length);
                    for (let j = 0; j < message.reportingRegion.length; ++j)
                        object.reportingRegion[j] = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.toObject(message.reportingRegion[j], options, _depth + 1);
                }
                if (message.configData && message.configData.length) {
                    object.configData = $Array(message.configData.length);
                    for (let j = 0; j < message.configData.length; ++j)
                        object.configData[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.toObject(message.configData[j], options, _depth + 1);
                }
                return object;
            };

            Registration.prototype.toJSON = function() {
                return Registration.toObject(this, $protobuf.util.toJSONOptions);
            };

            Registration.NodeDefinition = (function() {

                const NodeDefinition = function (properties) {
                    this.nodeSubType = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                NodeDefinition.prototype.nodeType = null;
                NodeDefinition.prototype.nodeSubType = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(NodeDefinition.prototype, "_nodeType", {
                    get: $util.oneOfGetter($oneOfFields = ["nodeType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                NodeDefinition.create = function(properties) {
                    return new NodeDefinition(properties);
                };

                NodeDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.nodeType != null && $Object.hasOwnProperty.call(message, "nodeType"))
                        writer.uint32(8).int32(message.nodeType);
                    if (message.nodeSubType != null && message.nodeSubType.length)
                        for (let i = 0; i < message.nodeSubType.length; ++i)
                            writer.uint32(18).string(message.nodeSubType[i]);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                NodeDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                NodeDefinition.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition();
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
                                message.nodeType = reader.int32();
                                message._nodeType = "nodeType";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.nodeSubType && message.nodeSubType.length))
                                    message.nodeSubType = [];
                                message.nodeSubType.push(reader.stringVerify());
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

                NodeDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                NodeDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.nodeType != null && $Object.hasOwnProperty.call(message, "nodeType")) {
                        properties._nodeType = 1;
                        if (typeof message.nodeType !== "number" || (message.nodeType | 0) !== message.nodeType)
                            return "nodeType: enum value expected";
                    }
                    if (message.nodeSubType != null && $Object.hasOwnProperty.call(message, "nodeSubType")) {
                        if (!$Array.isArray(message.nodeSubType))
                            return "nodeSubType: array expected";
                        for (let i = 0; i < message.nodeSubType.length; ++i)
                            if (!$util.isString(message.nodeSubType[i]))
                                return "nodeSubType: string[] expected";
                    }
                    return null;
                };

                NodeDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition();
                    switch (object.nodeType) {
                    case "NODE_TYPE_UNSPECIFIED":
                    case 0:
                        message.nodeType = 0;
                        break;
                    case "NODE_TYPE_OTHER":
                    case 1:
                        message.nodeType = 1;
                        break;
                    case "NODE_TYPE_RADAR":
                    case 2:
                        message.nodeType = 2;
                        break;
                    case "NODE_TYPE_LIDAR":
                    case 3:
                        message.nodeType = 3;
                        break;
                    case "NODE_TYPE_CAMERA":
                    case 4:
                        message.nodeType = 4;
                        break;
                    case "NODE_TYPE_SEISMIC":
                    case 5:
                        message.nodeType = 5;
                        break;
                    case "NODE_TYPE_ACOUSTIC":
                    case 6:
                        message.nodeType = 6;
                        break;
                    case "NODE_TYPE_PROXIMITY_SENSOR":
                    case 7:
                        message.nodeType = 7;
                        break;
                    case "NODE_TYPE_PASSIVE_RF":
                    case 8:
                        message.nodeType = 8;
                        break;
                    case "NODE_TYPE_HUMAN":
                    case 9:
                        message.nodeType = 9;
                        break;
                    case "NODE_TYPE_CHEMICAL":
                    case 10:
                        message.nodeType = 10;
                        break;
                    case "NODE_TYPE_BIOLOGICAL":
                    case 11:
                        message.nodeType = 11;
                        break;
                    case "NODE_TYPE_RADIATION":
                    case 12:
                        message.nodeType = 12;
                        break;
                    case "NODE_TYPE_KINETIC":
                    case 13:
                        message.nodeType = 13;
                        break;
                    case "NODE_TYPE_JAMMER":
                    case 14:
                        message.nodeType = 14;
                        break;
                    case "NODE_TYPE_CYBER":
                    case 15:
                        message.nodeType = 15;
                        break;
                    case "NODE_TYPE_LDEW":
                    case 16:
                        message.nodeType = 16;
                        break;
                    case "NODE_TYPE_RFDEW":
                    case 17:
                        message.nodeType = 17;
                        break;
                    case "NODE_TYPE_MOBILE_NODE":
                    case 18:
                        message.nodeType = 18;
                        break;
                    case "NODE_TYPE_POINTABLE_NODE":
                    case 19:
                        message.nodeType = 19;
                        break;
                    case "NODE_TYPE_FUSION_NODE":
                    case 20:
                        message.nodeType = 20;
                        break;
                    default:
                        if (typeof object.nodeType === "number" && (object.nodeType | 0) === object.nodeType)
                            message.nodeType = object.nodeType;
                    }
                    if (object.nodeSubType) {
                        if (!$Array.isArray(object.nodeSubType))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.nodeSubType: array expected");
                        message.nodeSubType = $Array(object.nodeSubType.length);
                        for (let i = 0; i < object.nodeSubType.length; ++i)
                            message.nodeSubType[i] = $String(object.nodeSubType[i]);
                    }
                    return message;
                };

                NodeDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.nodeSubType = [];
                    if (message.nodeType != null && $Object.hasOwnProperty.call(message, "nodeType"))
                        object.nodeType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeType[message.nodeType] === $undefined ? message.nodeType : $root.sapient_msg.bsi_flex_335_v2_0.Registration.NodeType[message.nodeType] : message.nodeType;
                    if (message.nodeSubType && message.nodeSubType.length) {
                        object.nodeSubType = $Array(message.nodeSubType.length);
                        for (let j = 0; j < message.nodeSubType.length; ++j)
                            object.nodeSubType[j] = message.nodeSubType[j];
                    }
                    return object;
                };

                NodeDefinition.prototype.toJSON = function() {
                    return NodeDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return NodeDefinition;
            })();

            Registration.NodeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "NODE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "NODE_TYPE_OTHER"] = 1;
                values[valuesById[2] = "NODE_TYPE_RADAR"] = 2;
                values[valuesById[3] = "NODE_TYPE_LIDAR"] = 3;
                values[valuesById[4] = "NODE_TYPE_CAMERA"] = 4;
                values[valuesById[5] = "NODE_TYPE_SEISMIC"] = 5;
                values[valuesById[6] = "NODE_TYPE_ACOUSTIC"] = 6;
                values[valuesById[7] = "NODE_TYPE_PROXIMITY_SENSOR"] = 7;
                values[valuesById[8] = "NODE_TYPE_PASSIVE_RF"] = 8;
                values[valuesById[9] = "NODE_TYPE_HUMAN"] = 9;
                values[valuesById[10] = "NODE_TYPE_CHEMICAL"] = 10;
                values[valuesById[11] = "NODE_TYPE_BIOLOGICAL"] = 11;
                values[valuesById[12] = "NODE_TYPE_RADIATION"] = 12;
                values[valuesById[13] = "NODE_TYPE_KINETIC"] = 13;
                values[valuesById[14] = "NODE_TYPE_JAMMER"] = 14;
                values[valuesById[15] = "NODE_TYPE_CYBER"] = 15;
                values[valuesById[16] = "NODE_TYPE_LDEW"] = 16;
                values[valuesById[17] = "NODE_TYPE_RFDEW"] = 17;
                values[valuesById[18] = "NODE_TYPE_MOBILE_NODE"] = 18;
                values[valuesById[19] = "NODE_TYPE_POINTABLE_NODE"] = 19;
                values[valuesById[20] = "NODE_TYPE_FUSION_NODE"] = 20;
                return values;
            })();

            Registration.Capability = (function() {

                const Capability = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Capability.prototype.category = null;
                Capability.prototype.type = null;
                Capability.prototype.value = null;
                Capability.prototype.units = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Capability.prototype, "_category", {
                    get: $util.oneOfGetter($oneOfFields = ["category"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Capability.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Capability.prototype, "_value", {
                    get: $util.oneOfGetter($oneOfFields = ["value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Capability.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Capability.create = function(properties) {
                    return new Capability(properties);
                };

                Capability.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        writer.uint32(10).string(message.category);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(26).string(message.value);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(34).string(message.units);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Capability.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Capability.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability();
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
                                message.category = reader.stringVerify();
                                message._category = "category";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.value = reader.stringVerify();
                                message._value = "value";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
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

                Capability.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Capability.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category")) {
                        properties._category = 1;
                        if (!$util.isString(message.category))
                            return "category: string expected";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        properties._value = 1;
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    return null;
                };

                Capability.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.Capability: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.Capability();
                    if (object.category != null)
                        message.category = $String(object.category);
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.value != null)
                        message.value = $String(object.value);
                    if (object.units != null)
                        message.units = $String(object.units);
                    return message;
                };

                Capability.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        object.category = message.category;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    return object;
                };

                Capability.prototype.toJSON = function() {
                    return Capability.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Capability;
            })();

            Registration.StatusDefinition = (function() {

                const StatusDefinition = function (properties) {
                    this.statusReport = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                StatusDefinition.prototype.statusInterval = null;
                StatusDefinition.prototype.locationDefinition = null;
                StatusDefinition.prototype.coverageDefinition = null;
                StatusDefinition.prototype.obscurationDefinition = null;
                StatusDefinition.prototype.statusReport = $util.emptyArray;
                StatusDefinition.prototype.fieldOfViewDefinition = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusDefinition.prototype, "_statusInterval", {
                    get: $util.oneOfGetter($oneOfFields = ["statusInterval"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusDefinition.prototype, "_locationDefinition", {
                    get: $util.oneOfGetter($oneOfFields = ["locationDefinition"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusDefinition.prototype, "_coverageDefinition", {
                    get: $util.oneOfGetter($oneOfFields = ["coverageDefinition"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusDefinition.prototype, "_obscurationDefinition", {
                    get: $util.oneOfGetter($oneOfFields = ["obscurationDefinition"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusDefinition.prototype, "_fieldOfViewDefinition", {
                    get: $util.oneOfGetter($oneOfFields = ["fieldOfViewDefinition"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                StatusDefinition.create = function(properties) {
                    return new StatusDefinition(properties);
                };

                StatusDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.statusInterval != null && $Object.hasOwnProperty.call(message, "statusInterval"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.encode(message.statusInterval, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.locationDefinition != null && $Object.hasOwnProperty.call(message, "locationDefinition"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.encode(message.locationDefinition, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.coverageDefinition != null && $Object.hasOwnProperty.call(message, "coverageDefinition"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.encode(message.coverageDefinition, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.obscurationDefinition != null && $Object.hasOwnProperty.call(message, "obscurationDefinition"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.encode(message.obscurationDefinition, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.statusReport != null && message.statusReport.length)
                        for (let i = 0; i < message.statusReport.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.encode(message.statusReport[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.fieldOfViewDefinition != null && $Object.hasOwnProperty.call(message, "fieldOfViewDefinition"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.encode(message.fieldOfViewDefinition, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                StatusDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                StatusDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition();
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
                                message.statusInterval = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.statusInterval);
                                message._statusInterval = "statusInterval";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.locationDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.decode(reader, reader.size(), $undefined, _depth + 1, message.locationDefinition);
                                message._locationDefinition = "locationDefinition";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.coverageDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.decode(reader, reader.size(), $undefined, _depth + 1, message.coverageDefinition);
                                message._coverageDefinition = "coverageDefinition";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.obscurationDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.decode(reader, reader.size(), $undefined, _depth + 1, message.obscurationDefinition);
                                message._obscurationDefinition = "obscurationDefinition";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.statusReport && message.statusReport.length))
                                    message.statusReport = [];
                                message.statusReport.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.fieldOfViewDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.decode(reader, reader.size(), $undefined, _depth + 1, message.fieldOfViewDefinition);
                                message._fieldOfViewDefinition = "fieldOfViewDefinition";
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

                StatusDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                StatusDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.statusInterval != null && $Object.hasOwnProperty.call(message, "statusInterval")) {
                        properties._statusInterval = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify(message.statusInterval, _depth + 1);
                            if (error)
                                return "statusInterval." + error;
                        }
                    }
                    if (message.locationDefinition != null && $Object.hasOwnProperty.call(message, "locationDefinition")) {
                        properties._locationDefinition = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify(message.locationDefinition, _depth + 1);
                            if (error)
                                return "locationDefinition." + error;
                        }
                    }
                    if (message.coverageDefinition != null && $Object.hasOwnProperty.call(message, "coverageDefinition")) {
                        properties._coverageDefinition = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify(message.coverageDefinition, _depth + 1);
                            if (error)
                                return "coverageDefinition." + error;
                        }
                    }
                    if (message.obscurationDefinition != null && $Object.hasOwnProperty.call(message, "obscurationDefinition")) {
                        properties._obscurationDefinition = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify(message.obscurationDefinition, _depth + 1);
                            if (error)
                                return "obscurationDefinition." + error;
                        }
                    }
                    if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport")) {
                        if (!$Array.isArray(message.statusReport))
                            return "statusReport: array expected";
                        for (let i = 0; i < message.statusReport.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.verify(message.statusReport[i], _depth + 1);
                            if (error)
                                return "statusReport." + error;
                        }
                    }
                    if (message.fieldOfViewDefinition != null && $Object.hasOwnProperty.call(message, "fieldOfViewDefinition")) {
                        properties._fieldOfViewDefinition = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify(message.fieldOfViewDefinition, _depth + 1);
                            if (error)
                                return "fieldOfViewDefinition." + error;
                        }
                    }
                    return null;
                };

                StatusDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition();
                    if (object.statusInterval != null) {
                        if (!$util.isObject(object.statusInterval))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.statusInterval: object expected");
                        message.statusInterval = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.fromObject(object.statusInterval, _depth + 1);
                    }
                    if (object.locationDefinition != null) {
                        if (!$util.isObject(object.locationDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.locationDefinition: object expected");
                        message.locationDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.fromObject(object.locationDefinition, _depth + 1);
                    }
                    if (object.coverageDefinition != null) {
                        if (!$util.isObject(object.coverageDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.coverageDefinition: object expected");
                        message.coverageDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.fromObject(object.coverageDefinition, _depth + 1);
                    }
                    if (object.obscurationDefinition != null) {
                        if (!$util.isObject(object.obscurationDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.obscurationDefinition: object expected");
                        message.obscurationDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.fromObject(object.obscurationDefinition, _depth + 1);
                    }
                    if (object.statusReport) {
                        if (!$Array.isArray(object.statusReport))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.statusReport: array expected");
                        message.statusReport = $Array(object.statusReport.length);
                        for (let i = 0; i < object.statusReport.length; ++i) {
                            if (!$util.isObject(object.statusReport[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.statusReport: object expected");
                            message.statusReport[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.fromObject(object.statusReport[i], _depth + 1);
                        }
                    }
                    if (object.fieldOfViewDefinition != null) {
                        if (!$util.isObject(object.fieldOfViewDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.fieldOfViewDefinition: object expected");
                        message.fieldOfViewDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.fromObject(object.fieldOfViewDefinition, _depth + 1);
                    }
                    return message;
                };

                StatusDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.statusReport = [];
                    if (message.statusInterval != null && $Object.hasOwnProperty.call(message, "statusInterval"))
                        object.statusInterval = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.toObject(message.statusInterval, options, _depth + 1);
                    if (message.locationDefinition != null && $Object.hasOwnProperty.call(message, "locationDefinition"))
                        object.locationDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.toObject(message.locationDefinition, options, _depth + 1);
                    if (message.coverageDefinition != null && $Object.hasOwnProperty.call(message, "coverageDefinition"))
                        object.coverageDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.toObject(message.coverageDefinition, options, _depth + 1);
                    if (message.obscurationDefinition != null && $Object.hasOwnProperty.call(message, "obscurationDefinition"))
                        object.obscurationDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.toObject(message.obscurationDefinition, options, _depth + 1);
                    if (message.statusReport && message.statusReport.length) {
                        object.statusReport = $Array(message.statusReport.length);
                        for (let j = 0; j < message.statusReport.length; ++j)
                            object.statusReport[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.toObject(message.statusReport[j], options, _depth + 1);
                    }
                    if (message.fieldOfViewDefinition != null && $Object.hasOwnProperty.call(message, "fieldOfViewDefinition"))
                        object.fieldOfViewDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.toObject(message.fieldOfViewDefinition, options, _depth + 1);
                    return object;
                };

                StatusDefinition.prototype.toJSON = function() {
                    return StatusDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusDefinition;
            })();

            Registration.TimeUnits = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TIME_UNITS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TIME_UNITS_NANOSECONDS"] = 1;
                values[valuesById[2] = "TIME_UNITS_MICROSECONDS"] = 2;
                values[valuesById[3] = "TIME_UNITS_MILLISECONDS"] = 3;
                values[valuesById[4] = "TIME_UNITS_SECONDS"] = 4;
                values[valuesById[5] = "TIME_UNITS_MINUTES"] = 5;
                values[valuesById[6] = "TIME_UNITS_HOURS"] = 6;
                values[valuesById[7] = "TIME_UNITS_DAYS"] = 7;
                return values;
            })();

            Registration.Duration = (function() {

                const Duration = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Duration.prototype.units = null;
                Duration.prototype.value = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Duration.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Duration.prototype, "_value", {
                    get: $util.oneOfGetter($oneOfFields = ["value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Duration.create = function(properties) {
                    return new Duration(properties);
                };

                Duration.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(8).int32(message.units);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(29).float(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Duration.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Duration.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration();
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
                                message.units = reader.int32();
                                message._units = "units";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 5)
                                    break;
                                message.value = reader.float();
                                message._value = "value";
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

                Duration.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Duration.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (typeof message.units !== "number" || (message.units | 0) !== message.units)
                            return "units: enum value expected";
                    }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        properties._value = 1;
                        if (typeof message.value !== "number")
                            return "value: number expected";
                    }
                    return null;
                };

                Duration.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.Duration: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration();
                    switch (object.units) {
                    case "TIME_UNITS_UNSPECIFIED":
                    case 0:
                        message.units = 0;
                        break;
                    case "TIME_UNITS_NANOSECONDS":
                    case 1:
                        message.units = 1;
                        break;
                    case "TIME_UNITS_MICROSECONDS":
                    case 2:
                        message.units = 2;
                        break;
                    case "TIME_UNITS_MILLISECONDS":
                    case 3:
                        message.units = 3;
                        break;
                    case "TIME_UNITS_SECONDS":
                    case 4:
                        message.units = 4;
                        break;
                    case "TIME_UNITS_MINUTES":
                    case 5:
                        message.units = 5;
                        break;
                    case "TIME_UNITS_HOURS":
                    case 6:
                        message.units = 6;
                        break;
                    case "TIME_UNITS_DAYS":
                    case 7:
                        message.units = 7;
                        break;
                    default:
                        if (typeof object.units === "number" && (object.units | 0) === object.units)
                            message.units = object.units;
                    }
                    if (object.value != null)
                        message.value = $Number(object.value);
                    return message;
                };

                Duration.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.TimeUnits[message.units] === $undefined ? message.units : $root.sapient_msg.bsi_flex_335_v2_0.Registration.TimeUnits[message.units] : message.units;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                    return object;
                };

                Duration.prototype.toJSON = function() {
                    return Duration.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Duration;
            })();

            Registration.ModeParameter = (function() {

                const ModeParameter = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ModeParameter.prototype.type = null;
                ModeParameter.prototype.value = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeParameter.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeParameter.prototype, "_value", {
                    get: $util.oneOfGetter($oneOfFields = ["value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ModeParameter.create = function(properties) {
                    return new ModeParameter(properties);
                };

                ModeParameter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(18).string(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ModeParameter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ModeParameter.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.value = reader.stringVerify();
                                message._value = "value";
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

                ModeParameter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ModeParameter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        properties._value = 1;
                        if (!$util.isString(message.value))
                            return "value: string expected";
                    }
                    return null;
                };

                ModeParameter.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.value != null)
                        message.value = $String(object.value);
                    return message;
                };

                ModeParameter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = message.value;
                    return object;
                };

                ModeParameter.prototype.toJSON = function() {
                    return ModeParameter.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ModeParameter;
            })();

            Registration.LocationType = (function() {

                const LocationType = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                LocationType.prototype.locationUnits = null;
                LocationType.prototype.rangeBearingUnits = null;
                LocationType.prototype.locationDatum = null;
                LocationType.prototype.rangeBearingDatum = null;
                LocationType.prototype.zone = null;

                let $oneOfFields;

                $Object.defineProperty(LocationType.prototype, "coordinatesOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["locationUnits", "rangeBearingUnits"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                $Object.defineProperty(LocationType.prototype, "datumOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["locationDatum", "rangeBearingDatum"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(LocationType.prototype, "_zone", {
                    get: $util.oneOfGetter($oneOfFields = ["zone"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                LocationType.create = function(properties) {
                    return new LocationType(properties);
                };

                LocationType.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.locationUnits != null && $Object.hasOwnProperty.call(message, "locationUnits"))
                        writer.uint32(8).int32(message.locationUnits);
                    if (message.rangeBearingUnits != null && $Object.hasOwnProperty.call(message, "rangeBearingUnits"))
                        writer.uint32(16).int32(message.rangeBearingUnits);
                    if (message.locationDatum != null && $Object.hasOwnProperty.call(message, "locationDatum"))
                        writer.uint32(24).int32(message.locationDatum);
                    if (message.rangeBearingDatum != null && $Object.hasOwnProperty.call(message, "rangeBearingDatum"))
                        writer.uint32(32).int32(message.rangeBearingDatum);
                    if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                        writer.uint32(42).string(message.zone);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                LocationType.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                LocationType.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType();
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
                                message.locationUnits = reader.int32();
                                message.coordinatesOneof = "locationUnits";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.rangeBearingUnits = reader.int32();
                                message.coordinatesOneof = "rangeBearingUnits";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.locationDatum = reader.int32();
                                message.datumOneof = "locationDatum";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.rangeBearingDatum = reader.int32();
                                message.datumOneof = "rangeBearingDatum";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.zone = reader.stringVerify();
                                message._zone = "zone";
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

                LocationType.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                LocationType.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.locationUnits != null && $Object.hasOwnProperty.call(message, "locationUnits")) {
                        properties.coordinatesOneof = 1;
                        if (typeof message.locationUnits !== "number" || (message.locationUnits | 0) !== message.locationUnits)
                            return "locationUnits: enum value expected";
                    }
                    if (message.rangeBearingUnits != null && $Object.hasOwnProperty.call(message, "rangeBearingUnits")) {
                        if (properties.coordinatesOneof === 1)
                            return "coordinatesOneof: multiple values";
                        properties.coordinatesOneof = 1;
                        if (typeof message.rangeBearingUnits !== "number" || (message.rangeBearingUnits | 0) !== message.rangeBearingUnits)
                            return "rangeBearingUnits: enum value expected";
                    }
                    if (message.locationDatum != null && $Object.hasOwnProperty.call(message, "locationDatum")) {
                        properties.datumOneof = 1;
                        if (typeof message.locationDatum !== "number" || (message.locationDatum | 0) !== message.locationDatum)
                            return "locationDatum: enum value expected";
                    }
                    if (message.rangeBearingDatum != null && $Object.hasOwnProperty.call(message, "rangeBearingDatum")) {
                        if (properties.datumOneof === 1)
                            return "datumOneof: multiple values";
                        properties.datumOneof = 1;
                        if (typeof message.rangeBearingDatum !== "number" || (message.rangeBearingDatum | 0) !== message.rangeBearingDatum)
                            return "rangeBearingDatum: enum value expected";
                    }
                    if (message.zone != null && $Object.hasOwnProperty.call(message, "zone")) {
                        properties._zone = 1;
                        if (!$util.isString(message.zone))
                            return "zone: string expected";
                    }
                    return null;
                };

                LocationType.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.LocationType: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType();
                    switch (object.locationUnits) {
                    case "LOCATION_COORDINATE_SYSTEM_UNSPECIFIED":
                    case 0:
                        message.locationUnits = 0;
                        break;
                    case "LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M":
                    case 1:
                        message.locationUnits = 1;
                        break;
                    case "LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M":
                    case 2:
                        message.locationUnits = 2;
                        break;
                    case "LOCATION_COORDINATE_SYSTEM_UTM_M":
                    case 5:
                        message.locationUnits = 5;
                        break;
                    default:
                        if (typeof object.locationUnits === "number" && (object.locationUnits | 0) === object.locationUnits)
                            message.locationUnits = object.locationUnits;
                    }
                    switch (object.rangeBearingUnits) {
                    case "RANGE_BEARING_COORDINATE_SYSTEM_UNSPECIFIED":
                    case 0:
                        message.rangeBearingUnits = 0;
                        break;
                    case "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M":
                    case 1:
                        message.rangeBearingUnits = 1;
                        break;
                    case "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M":
                    case 2:
                        message.rangeBearingUnits = 2;
                        break;
                    case "RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM":
                    case 3:
                        message.rangeBearingUnits = 3;
                        break;
                    case "RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM":
                    case 4:
                        message.rangeBearingUnits = 4;
                        break;
                    default:
                        if (typeof object.rangeBearingUnits === "number" && (object.rangeBearingUnits | 0) === object.rangeBearingUnits)
                            message.rangeBearingUnits = object.rangeBearingUnits;
                    }
                    switch (object.locationDatum) {
                    case "LOCATION_DATUM_UNSPECIFIED":
                    case 0:
                        message.locationDatum = 0;
                        break;
                    case "LOCATION_DATUM_WGS84_E":
                    case 1:
                        message.locationDatum = 1;
                        break;
                    case "LOCATION_DATUM_WGS84_G":
                    case 2:
                        message.locationDatum = 2;
                        break;
                    default:
                        if (typeof object.locationDatum === "number" && (object.locationDatum | 0) === object.locationDatum)
                            message.locationDatum = object.locationDatum;
                    }
                    switch (object.rangeBearingDatum) {
                    case "RANGE_BEARING_DATUM_UNSPECIFIED":
                    case 0:
                        message.rangeBearingDatum = 0;
                        break;
                    case "RANGE_BEARING_DATUM_TRUE":
                    case 1:
                        message.rangeBearingDatum = 1;
                        break;
                    case "RANGE_BEARING_DATUM_MAGNETIC":
                    case 2:
                        message.rangeBearingDatum = 2;
                        break;
                    case "RANGE_BEARING_DATUM_GRID":
                    case 3:
                        message.rangeBearingDatum = 3;
                        break;
                    case "RANGE_BEARING_DATUM_PLATFORM":
                    case 4:
                        message.rangeBearingDatum = 4;
                        break;
                    default:
                        if (typeof object.rangeBearingDatum === "number" && (object.rangeBearingDatum | 0) === object.rangeBearingDatum)
                            message.rangeBearingDatum = object.rangeBearingDatum;
                    }
                    if (object.zone != null)
                        message.zone = $String(object.zone);
                    return message;
                };

                LocationType.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.locationUnits != null && $Object.hasOwnProperty.call(message, "locationUnits")) {
                        object.locationUnits = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem[message.locationUnits] === $undefined ? message.locationUnits : $root.sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem[message.locationUnits] : message.locationUnits;
                        if (options.oneofs)
                            object.coordinatesOneof = "locationUnits";
                    }
                    if (message.rangeBearingUnits != null && $Object.hasOwnProperty.call(message, "rangeBearingUnits")) {
                        object.rangeBearingUnits = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem[message.rangeBearingUnits] === $undefined ? message.rangeBearingUnits : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem[message.rangeBearingUnits] : message.rangeBearingUnits;
                        if (options.oneofs)
                            object.coordinatesOneof = "rangeBearingUnits";
                    }
                    if (message.locationDatum != null && $Object.hasOwnProperty.call(message, "locationDatum")) {
                        object.locationDatum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.LocationDatum[message.locationDatum] === $undefined ? message.locationDatum : $root.sapient_msg.bsi_flex_335_v2_0.LocationDatum[message.locationDatum] : message.locationDatum;
                        if (options.oneofs)
                            object.datumOneof = "locationDatum";
                    }
                    if (message.rangeBearingDatum != null && $Object.hasOwnProperty.call(message, "rangeBearingDatum")) {
                        object.rangeBearingDatum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.rangeBearingDatum] === $undefined ? message.rangeBearingDatum : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.rangeBearingDatum] : message.rangeBearingDatum;
                        if (options.oneofs)
                            object.datumOneof = "rangeBearingDatum";
                    }
                    if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                        object.zone = message.zone;
                    return object;
                };

                LocationType.prototype.toJSON = function() {
                    return LocationType.toObject(this, $protobuf.util.toJSONOptions);
                };

                return LocationType;
            })();

            Registration.VelocityType = (function() {

                const VelocityType = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                VelocityType.prototype.enuVelocityUnits = null;
                VelocityType.prototype.locationDatum = null;
                VelocityType.prototype.rangeBearingDatum = null;
                VelocityType.prototype.zone = null;

                let $oneOfFields;

                $Object.defineProperty(VelocityType.prototype, "velocityUnitsOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["enuVelocityUnits"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                $Object.defineProperty(VelocityType.prototype, "datumOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["locationDatum", "rangeBearingDatum"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(VelocityType.prototype, "_zone", {
                    get: $util.oneOfGetter($oneOfFields = ["zone"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                VelocityType.create = function(properties) {
                    return new VelocityType(properties);
                };

                VelocityType.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.enuVelocityUnits != null && $Object.hasOwnProperty.call(message, "enuVelocityUnits"))
                        $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.encode(message.enuVelocityUnits, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.locationDatum != null && $Object.hasOwnProperty.call(message, "locationDatum"))
                        writer.uint32(48).int32(message.locationDatum);
                    if (message.rangeBearingDatum != null && $Object.hasOwnProperty.call(message, "rangeBearingDatum"))
                        writer.uint32(56).int32(message.rangeBearingDatum);
                    if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                        writer.uint32(66).string(message.zone);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                VelocityType.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                VelocityType.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.enuVelocityUnits = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.decode(reader, reader.size(), $undefined, _depth + 1, message.enuVelocityUnits);
                                message.velocityUnitsOneof = "enuVelocityUnits";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                message.locationDatum = reader.int32();
                                message.datumOneof = "locationDatum";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.rangeBearingDatum = reader.int32();
                                message.datumOneof = "rangeBearingDatum";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.zone = reader.stringVerify();
                                message._zone = "zone";
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

                VelocityType.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                VelocityType.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.enuVelocityUnits != null && $Object.hasOwnProperty.call(message, "enuVelocityUnits")) {
                        properties.velocityUnitsOneof = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.verify(message.enuVelocityUnits, _depth + 1);
                            if (error)
                                return "enuVelocityUnits." + error;
                        }
                    }
                    if (message.locationDatum != null && $Object.hasOwnProperty.call(message, "locationDatum")) {
                        properties.datumOneof = 1;
                        if (typeof message.locationDatum !== "number" || (message.locationDatum | 0) !== message.locationDatum)
                            return "locationDatum: enum value expected";
                    }
                    if (message.rangeBearingDatum != null && $Object.hasOwnProperty.call(message, "rangeBearingDatum")) {
                        if (properties.datumOneof === 1)
                            return "datumOneof: multiple values";
                        properties.datumOneof = 1;
                        if (typeof message.rangeBearingDatum !== "number" || (message.rangeBearingDatum | 0) !== message.rangeBearingDatum)
                            return "rangeBearingDatum: enum value expected";
                    }
                    if (message.zone != null && $Object.hasOwnProperty.call(message, "zone")) {
                        properties._zone = 1;
                        if (!$util.isString(message.zone))
                            return "zone: string expected";
                    }
                    return null;
                };

                VelocityType.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType();
                    if (object.enuVelocityUnits != null) {
                        if (!$util.isObject(object.enuVelocityUnits))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.enuVelocityUnits: object expected");
                        message.enuVelocityUnits = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.fromObject(object.enuVelocityUnits, _depth + 1);
                    }
                    switch (object.locationDatum) {
                    case "LOCATION_DATUM_UNSPECIFIED":
                    case 0:
                        message.locationDatum = 0;
                        break;
                    case "LOCATION_DATUM_WGS84_E":
                    case 1:
                        message.locationDatum = 1;
                        break;
                    case "LOCATION_DATUM_WGS84_G":
                    case 2:
                        message.locationDatum = 2;
                        break;
                    default:
                        if (typeof object.locationDatum === "number" && (object.locationDatum | 0) === object.locationDatum)
                            message.locationDatum = object.locationDatum;
                    }
                    switch (object.rangeBearingDatum) {
                    case "RANGE_BEARING_DATUM_UNSPECIFIED":
                    case 0:
                        message.rangeBearingDatum = 0;
                        break;
                    case "RANGE_BEARING_DATUM_TRUE":
                    case 1:
                        message.rangeBearingDatum = 1;
                        break;
                    case "RANGE_BEARING_DATUM_MAGNETIC":
                    case 2:
                        message.rangeBearingDatum = 2;
                        break;
                    case "RANGE_BEARING_DATUM_GRID":
                    case 3:
                        message.rangeBearingDatum = 3;
                        break;
                    case "RANGE_BEARING_DATUM_PLATFORM":
                    case 4:
                        message.rangeBearingDatum = 4;
                        break;
                    default:
                        if (typeof object.rangeBearingDatum === "number" && (object.rangeBearingDatum | 0) === object.rangeBearingDatum)
                            message.rangeBearingDatum = object.rangeBearingDatum;
                    }
                    if (object.zone != null)
                        message.zone = $String(object.zone);
                    return message;
                };

                VelocityType.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.enuVelocityUnits != null && $Object.hasOwnProperty.call(message, "enuVelocityUnits")) {
                        object.enuVelocityUnits = $root.sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.toObject(message.enuVelocityUnits, options, _depth + 1);
                        if (options.oneofs)
                            object.velocityUnitsOneof = "enuVelocityUnits";
                    }
                    if (message.locationDatum != null && $Object.hasOwnProperty.call(message, "locationDatum")) {
                        object.locationDatum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.LocationDatum[message.locationDatum] === $undefined ? message.locationDatum : $root.sapient_msg.bsi_flex_335_v2_0.LocationDatum[message.locationDatum] : message.locationDatum;
                        if (options.oneofs)
                            object.datumOneof = "locationDatum";
                    }
                    if (message.rangeBearingDatum != null && $Object.hasOwnProperty.call(message, "rangeBearingDatum")) {
                        object.rangeBearingDatum = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.rangeBearingDatum] === $undefined ? message.rangeBearingDatum : $root.sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum[message.rangeBearingDatum] : message.rangeBearingDatum;
                        if (options.oneofs)
                            object.datumOneof = "rangeBearingDatum";
                    }
                    if (message.zone != null && $Object.hasOwnProperty.call(message, "zone"))
                        object.zone = message.zone;
                    return object;
                };

                VelocityType.prototype.toJSON = function() {
                    return VelocityType.toObject(this, $protobuf.util.toJSONOptions);
                };

                return VelocityType;
            })();

            Registration.StatusReport = (function() {

                const StatusReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                StatusReport.prototype.category = null;
                StatusReport.prototype.type = null;
                StatusReport.prototype.units = null;
                StatusReport.prototype.onChange = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusReport.prototype, "_category", {
                    get: $util.oneOfGetter($oneOfFields = ["category"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusReport.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusReport.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(StatusReport.prototype, "_onChange", {
                    get: $util.oneOfGetter($oneOfFields = ["onChange"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                StatusReport.create = function(properties) {
                    return new StatusReport(properties);
                };

                StatusReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        writer.uint32(8).int32(message.category);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(26).string(message.units);
                    if (message.onChange != null && $Object.hasOwnProperty.call(message, "onChange"))
                        writer.uint32(32).bool(message.onChange);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                StatusReport.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                StatusReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport();
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
                                message.category = reader.int32();
                                message._category = "category";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.onChange = reader.bool();
                                message._onChange = "onChange";
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

                StatusReport.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                StatusReport.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category")) {
                        properties._category = 1;
                        if (typeof message.category !== "number" || (message.category | 0) !== message.category)
                            return "category: enum value expected";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.onChange != null && $Object.hasOwnProperty.call(message, "onChange")) {
                        properties._onChange = 1;
                        if (typeof message.onChange !== "boolean")
                            return "onChange: boolean expected";
                    }
                    return null;
                };

                StatusReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport();
                    switch (object.category) {
                    case "STATUS_REPORT_CATEGORY_UNSPECIFIED":
                    case 0:
                        message.category = 0;
                        break;
                    case "STATUS_REPORT_CATEGORY_SENSOR":
                    case 1:
                        message.category = 1;
                        break;
                    case "STATUS_REPORT_CATEGORY_POWER":
                    case 2:
                        message.category = 2;
                        break;
                    case "STATUS_REPORT_CATEGORY_MODE":
                    case 3:
                        message.category = 3;
                        break;
                    case "STATUS_REPORT_CATEGORY_STATUS":
                    case 4:
                        message.category = 4;
                        break;
                    default:
                        if (typeof object.category === "number" && (object.category | 0) === object.category)
                            message.category = object.category;
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.onChange != null)
                        message.onChange = $Boolean(object.onChange);
                    return message;
                };

                StatusReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        object.category = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReportCategory[message.category] === $undefined ? message.category : $root.sapient_msg.bsi_flex_335_v2_0.Registration.StatusReportCategory[message.category] : message.category;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.onChange != null && $Object.hasOwnProperty.call(message, "onChange"))
                        object.onChange = message.onChange;
                    return object;
                };

                StatusReport.prototype.toJSON = function() {
                    return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                return StatusReport;
            })();

            Registration.StatusReportCategory = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_REPORT_CATEGORY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_REPORT_CATEGORY_SENSOR"] = 1;
                values[valuesById[2] = "STATUS_REPORT_CATEGORY_POWER"] = 2;
                values[valuesById[3] = "STATUS_REPORT_CATEGORY_MODE"] = 3;
                values[valuesById[4] = "STATUS_REPORT_CATEGORY_STATUS"] = 4;
                return values;
            })();

            Registration.ModeDefinition = (function() {

                const ModeDefinition = function (properties) {
                    this.modeParameter = [];
                    this.detectionDefinition = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ModeDefinition.prototype.modeName = null;
                ModeDefinition.prototype.modeType = null;
                ModeDefinition.prototype.modeDescription = null;
                ModeDefinition.prototype.settleTime = null;
                ModeDefinition.prototype.maximumLatency = null;
                ModeDefinition.prototype.scanType = null;
                ModeDefinition.prototype.trackingType = null;
                ModeDefinition.prototype.duration = null;
                ModeDefinition.prototype.modeParameter = $util.emptyArray;
                ModeDefinition.prototype.detectionDefinition = $util.emptyArray;
                ModeDefinition.prototype.task = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_modeName", {
                    get: $util.oneOfGetter($oneOfFields = ["modeName"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_modeType", {
                    get: $util.oneOfGetter($oneOfFields = ["modeType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_modeDescription", {
                    get: $util.oneOfGetter($oneOfFields = ["modeDescription"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_settleTime", {
                    get: $util.oneOfGetter($oneOfFields = ["settleTime"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_maximumLatency", {
                    get: $util.oneOfGetter($oneOfFields = ["maximumLatency"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_scanType", {
                    get: $util.oneOfGetter($oneOfFields = ["scanType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_trackingType", {
                    get: $util.oneOfGetter($oneOfFields = ["trackingType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_duration", {
                    get: $util.oneOfGetter($oneOfFields = ["duration"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ModeDefinition.prototype, "_task", {
                    get: $util.oneOfGetter($oneOfFields = ["task"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ModeDefinition.create = function(properties) {
                    return new ModeDefinition(properties);
                };

                ModeDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.modeName != null && $Object.hasOwnProperty.call(message, "modeName"))
                        writer.uint32(10).string(message.modeName);
                    if (message.modeType != null && $Object.hasOwnProperty.call(message, "modeType"))
                        writer.uint32(16).int32(message.modeType);
                    if (message.modeDescription != null && $Object.hasOwnProperty.call(message, "modeDescription"))
                        writer.uint32(26).string(message.modeDescription);
                    if (message.settleTime != null && $Object.hasOwnProperty.call(message, "settleTime"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.encode(message.settleTime, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.maximumLatency != null && $Object.hasOwnProperty.call(message, "maximumLatency"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.encode(message.maximumLatency, writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.scanType != null && $Object.hasOwnProperty.call(message, "scanType"))
                        writer.uint32(48).int32(message.scanType);
                    if (message.trackingType != null && $Object.hasOwnProperty.call(message, "trackingType"))
                        writer.uint32(56).int32(message.trackingType);
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.encode(message.duration, writer.uint32(66).fork(), _depth + 1).ldelim();
                    if (message.modeParameter != null && message.modeParameter.length)
                        for (let i = 0; i < message.modeParameter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.encode(message.modeParameter[i], writer.uint32(74).fork(), _depth + 1).ldelim();
                    if (message.detectionDefinition != null && message.detectionDefinition.length)
                        for (let i = 0; i < message.detectionDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.encode(message.detectionDefinition[i], writer.uint32(82).fork(), _depth + 1).ldelim();
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.encode(message.task, writer.uint32(90).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ModeDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ModeDefinition.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition();
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
                                message.modeName = reader.stringVerify();
                                message._modeName = "modeName";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.modeType = reader.int32();
                                message._modeType = "modeType";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.modeDescription = reader.stringVerify();
                                message._modeDescription = "modeDescription";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.settleTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.settleTime);
                                message._settleTime = "settleTime";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.maximumLatency = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.maximumLatency);
                                message._maximumLatency = "maximumLatency";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                message.scanType = reader.int32();
                                message._scanType = "scanType";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.trackingType = reader.int32();
                                message._trackingType = "trackingType";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.duration = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.duration);
                                message._duration = "duration";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.modeParameter && message.modeParameter.length))
                                    message.modeParameter = [];
                                message.modeParameter.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.detectionDefinition && message.detectionDefinition.length))
                                    message.detectionDefinition = [];
                                message.detectionDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.task = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                                message._task = "task";
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

                ModeDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ModeDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.modeName != null && $Object.hasOwnProperty.call(message, "modeName")) {
                        properties._modeName = 1;
                        if (!$util.isString(message.modeName))
                            return "modeName: string expected";
                    }
                    if (message.modeType != null && $Object.hasOwnProperty.call(message, "modeType")) {
                        properties._modeType = 1;
                        if (typeof message.modeType !== "number" || (message.modeType | 0) !== message.modeType)
                            return "modeType: enum value expected";
                    }
                    if (message.modeDescription != null && $Object.hasOwnProperty.call(message, "modeDescription")) {
                        properties._modeDescription = 1;
                        if (!$util.isString(message.modeDescription))
                            return "modeDescription: string expected";
                    }
                    if (message.settleTime != null && $Object.hasOwnProperty.call(message, "settleTime")) {
                        properties._settleTime = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify(message.settleTime, _depth + 1);
                            if (error)
                                return "settleTime." + error;
                        }
                    }
                    if (message.maximumLatency != null && $Object.hasOwnProperty.call(message, "maximumLatency")) {
                        properties._maximumLatency = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify(message.maximumLatency, _depth + 1);
                            if (error)
                                return "maximumLatency." + error;
                        }
                    }
                    if (message.scanType != null && $Object.hasOwnProperty.call(message, "scanType")) {
                        properties._scanType = 1;
                        if (typeof message.scanType !== "number" || (message.scanType | 0) !== message.scanType)
                            return "scanType: enum value expected";
                    }
                    if (message.trackingType != null && $Object.hasOwnProperty.call(message, "trackingType")) {
                        properties._trackingType = 1;
                        if (typeof message.trackingType !== "number" || (message.trackingType | 0) !== message.trackingType)
                            return "trackingType: enum value expected";
                    }
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration")) {
                        properties._duration = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify(message.duration, _depth + 1);
                            if (error)
                                return "duration." + error;
                        }
                    }
                    if (message.modeParameter != null && $Object.hasOwnProperty.call(message, "modeParameter")) {
                        if (!$Array.isArray(message.modeParameter))
                            return "modeParameter: array expected";
                        for (let i = 0; i < message.modeParameter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.verify(message.modeParameter[i], _depth + 1);
                            if (error)
                                return "modeParameter." + error;
                        }
                    }
                    if (message.detectionDefinition != null && $Object.hasOwnProperty.call(message, "detectionDefinition")) {
                        if (!$Array.isArray(message.detectionDefinition))
                            return "detectionDefinition: array expected";
                        for (let i = 0; i < message.detectionDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.verify(message.detectionDefinition[i], _depth + 1);
                            if (error)
                                return "detectionDefinition." + error;
                        }
                    }
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task")) {
                        properties._task = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.verify(message.task, _depth + 1);
                            if (error)
                                return "task." + error;
                        }
                    }
                    return null;
                };

                ModeDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition();
                    if (object.modeName != null)
                        message.modeName = $String(object.modeName);
                    switch (object.modeType) {
                    case "MODE_TYPE_UNSPECIFIED":
                    case 0:
                        message.modeType = 0;
                        break;
                    case "MODE_TYPE_PERMANENT":
                    case 1:
                        message.modeType = 1;
                        break;
                    case "MODE_TYPE_TEMPORARY":
                    case 2:
                        message.modeType = 2;
                        break;
                    case "MODE_TYPE_DEFAULT":
                    case 3:
                        message.modeType = 3;
                        break;
                    default:
                        if (typeof object.modeType === "number" && (object.modeType | 0) === object.modeType)
                            message.modeType = object.modeType;
                    }
                    if (object.modeDescription != null)
                        message.modeDescription = $String(object.modeDescription);
                    if (object.settleTime != null) {
                        if (!$util.isObject(object.settleTime))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.settleTime: object expected");
                        message.settleTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.fromObject(object.settleTime, _depth + 1);
                    }
                    if (object.maximumLatency != null) {
                        if (!$util.isObject(object.maximumLatency))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.maximumLatency: object expected");
                        message.maximumLatency = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.fromObject(object.maximumLatency, _depth + 1);
                    }
                    switch (object.scanType) {
                    case "SCAN_TYPE_UNSPECIFIED":
                    case 0:
                        message.scanType = 0;
                        break;
                    case "SCAN_TYPE_FIXED":
                    case 1:
                        message.scanType = 1;
                        break;
                    case "SCAN_TYPE_SCANNING":
                    case 2:
                        message.scanType = 2;
                        break;
                    case "SCAN_TYPE_STEERABLE":
                    case 3:
                        message.scanType = 3;
                        break;
                    default:
                        if (typeof object.scanType === "number" && (object.scanType | 0) === object.scanType)
                            message.scanType = object.scanType;
                    }
                    switch (object.trackingType) {
                    case "TRACKING_TYPE_UNSPECIFIED":
                    case 0:
                        message.trackingType = 0;
                        break;
                    case "TRACKING_TYPE_NONE":
                    case 1:
                        message.trackingType = 1;
                        break;
                    case "TRACKING_TYPE_TRACKLET":
                    case 2:
                        message.trackingType = 2;
                        break;
                    case "TRACKING_TYPE_TRACK":
                    case 3:
                        message.trackingType = 3;
                        break;
                    case "TRACKING_TYPE_TRACK_WITH_RE_ID":
                    case 4:
                        message.trackingType = 4;
                        break;
                    default:
                        if (typeof object.trackingType === "number" && (object.trackingType | 0) === object.trackingType)
                            message.trackingType = object.trackingType;
                    }
                    if (object.duration != null) {
                        if (!$util.isObject(object.duration))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.duration: object expected");
                        message.duration = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.fromObject(object.duration, _depth + 1);
                    }
                    if (object.modeParameter) {
                        if (!$Array.isArray(object.modeParameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.modeParameter: array expected");
                        message.modeParameter = $Array(object.modeParameter.length);
                        for (let i = 0; i < object.modeParameter.length; ++i) {
                            if (!$util.isObject(object.modeParameter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.modeParameter: object expected");
                            message.modeParameter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.fromObject(object.modeParameter[i], _depth + 1);
                        }
                    }
                    if (object.detectionDefinition) {
                        if (!$Array.isArray(object.detectionDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.detectionDefinition: array expected");
                        message.detectionDefinition = $Array(object.detectionDefinition.length);
                        for (let i = 0; i < object.detectionDefinition.length; ++i) {
                            if (!$util.isObject(object.detectionDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.detectionDefinition: object expected");
                            message.detectionDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.fromObject(object.detectionDefinition[i], _depth + 1);
                        }
                    }
                    if (object.task != null) {
                        if (!$util.isObject(object.task))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.task: object expected");
                        message.task = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.fromObject(object.task, _depth + 1);
                    }
                    return message;
                };

                ModeDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.modeParameter = [];
                        object.detectionDefinition = [];
                    }
                    if (message.modeName != null && $Object.hasOwnProperty.call(message, "modeName"))
                        object.modeName = message.modeName;
                    if (message.modeType != null && $Object.hasOwnProperty.call(message, "modeType"))
                        object.modeType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeType[message.modeType] === $undefined ? message.modeType : $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeType[message.modeType] : message.modeType;
                    if (message.modeDescription != null && $Object.hasOwnProperty.call(message, "modeDescription"))
                        object.modeDescription = message.modeDescription;
                    if (message.settleTime != null && $Object.hasOwnProperty.call(message, "settleTime"))
                        object.settleTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.toObject(message.settleTime, options, _depth + 1);
                    if (message.maximumLatency != null && $Object.hasOwnProperty.call(message, "maximumLatency"))
                        object.maximumLatency = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.toObject(message.maximumLatency, options, _depth + 1);
                    if (message.scanType != null && $Object.hasOwnProperty.call(message, "scanType"))
                        object.scanType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.ScanType[message.scanType] === $undefined ? message.scanType : $root.sapient_msg.bsi_flex_335_v2_0.Registration.ScanType[message.scanType] : message.scanType;
                    if (message.trackingType != null && $Object.hasOwnProperty.call(message, "trackingType"))
                        object.trackingType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.TrackingType[message.trackingType] === $undefined ? message.trackingType : $root.sapient_msg.bsi_flex_335_v2_0.Registration.TrackingType[message.trackingType] : message.trackingType;
                    if (message.duration != null && $Object.hasOwnProperty.call(message, "duration"))
                        object.duration = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.toObject(message.duration, options, _depth + 1);
                    if (message.modeParameter && message.modeParameter.length) {
                        object.modeParameter = $Array(message.modeParameter.length);
                        for (let j = 0; j < message.modeParameter.length; ++j)
                            object.modeParameter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.toObject(message.modeParameter[j], options, _depth + 1);
                    }
                    if (message.detectionDefinition && message.detectionDefinition.length) {
                        object.detectionDefinition = $Array(message.detectionDefinition.length);
                        for (let j = 0; j < message.detectionDefinition.length; ++j)
                            object.detectionDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.toObject(message.detectionDefinition[j], options, _depth + 1);
                    }
                    if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                        object.task = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.toObject(message.task, options, _depth + 1);
                    return object;
                };

                ModeDefinition.prototype.toJSON = function() {
                    return ModeDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ModeDefinition;
            })();

            Registration.ModeType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "MODE_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MODE_TYPE_PERMANENT"] = 1;
                values[valuesById[2] = "MODE_TYPE_TEMPORARY"] = 2;
                values[valuesById[3] = "MODE_TYPE_DEFAULT"] = 3;
                return values;
            })();

            Registration.ScanType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SCAN_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SCAN_TYPE_FIXED"] = 1;
                values[valuesById[2] = "SCAN_TYPE_SCANNING"] = 2;
                values[valuesById[3] = "SCAN_TYPE_STEERABLE"] = 3;
                return values;
            })();

            Registration.TrackingType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TRACKING_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TRACKING_TYPE_NONE"] = 1;
                values[valuesById[2] = "TRACKING_TYPE_TRACKLET"] = 2;
                values[valuesById[3] = "TRACKING_TYPE_TRACK"] = 3;
                values[valuesById[4] = "TRACKING_TYPE_TRACK_WITH_RE_ID"] = 4;
                return values;
            })();

            Registration.DetectionDefinition = (function() {

                const DetectionDefinition = function (properties) {
                    this.detectionPerformance = [];
                    this.detectionReport = [];
                    this.detectionClassDefinition = [];
                    this.behaviourDefinition = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetectionDefinition.prototype.locationType = null;
                DetectionDefinition.prototype.detectionPerformance = $util.emptyArray;
                DetectionDefinition.prototype.detectionReport = $util.emptyArray;
                DetectionDefinition.prototype.detectionClassDefinition = $util.emptyArray;
                DetectionDefinition.prototype.behaviourDefinition = $util.emptyArray;
                DetectionDefinition.prototype.velocityType = null;
                DetectionDefinition.prototype.geometricError = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionDefinition.prototype, "_locationType", {
                    get: $util.oneOfGetter($oneOfFields = ["locationType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionDefinition.prototype, "_velocityType", {
                    get: $util.oneOfGetter($oneOfFields = ["velocityType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionDefinition.prototype, "_geometricError", {
                    get: $util.oneOfGetter($oneOfFields = ["geometricError"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                DetectionDefinition.create = function(properties) {
                    return new DetectionDefinition(properties);
                };

                DetectionDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.locationType != null && $Object.hasOwnProperty.call(message, "locationType"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.encode(message.locationType, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.detectionPerformance != null && message.detectionPerformance.length)
                        for (let i = 0; i < message.detectionPerformance.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.encode(message.detectionPerformance[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.detectionReport != null && message.detectionReport.length)
                        for (let i = 0; i < message.detectionReport.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.encode(message.detectionReport[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.detectionClassDefinition != null && message.detectionClassDefinition.length)
                        for (let i = 0; i < message.detectionClassDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.encode(message.detectionClassDefinition[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.behaviourDefinition != null && message.behaviourDefinition.length)
                        for (let i = 0; i < message.behaviourDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.encode(message.behaviourDefinition[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.velocityType != null && $Object.hasOwnProperty.call(message, "velocityType"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.encode(message.velocityType, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.geometricError != null && $Object.hasOwnProperty.call(message, "geometricError"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.encode(message.geometricError, writer.uint32(58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetectionDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                DetectionDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition();
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
                                message.locationType = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.decode(reader, reader.size(), $undefined, _depth + 1, message.locationType);
                                message._locationType = "locationType";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.detectionPerformance && message.detectionPerformance.length))
                                    message.detectionPerformance = [];
                                message.detectionPerformance.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.detectionReport && message.detectionReport.length))
                                    message.detectionReport = [];
                                message.detectionReport.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.detectionClassDefinition && message.detectionClassDefinition.length))
                                    message.detectionClassDefinition = [];
                                message.detectionClassDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.behaviourDefinition && message.behaviourDefinition.length))
                                    message.behaviourDefinition = [];
                                message.behaviourDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.velocityType = $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.decode(reader, reader.size(), $undefined, _depth + 1, message.velocityType);
                                message._velocityType = "velocityType";
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.geometricError = $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.decode(reader, reader.size(), $undefined, _depth + 1, message.geometricError);
                                message._geometricError = "geometricError";
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

                DetectionDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                DetectionDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.locationType != null && $Object.hasOwnProperty.call(message, "locationType")) {
                        properties._locationType = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify(message.locationType, _depth + 1);
                            if (error)
                                return "locationType." + error;
                        }
                    }
                    if (message.detectionPerformance != null && $Object.hasOwnProperty.call(message, "detectionPerformance")) {
                        if (!$Array.isArray(message.detectionPerformance))
                            return "detectionPerformance: array expected";
                        for (let i = 0; i < message.detectionPerformance.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.verify(message.detectionPerformance[i], _depth + 1);
                            if (error)
                                return "detectionPerformance." + error;
                        }
                    }
                    if (message.detectionReport != null && $Object.hasOwnProperty.call(message, "detectionReport")) {
                        if (!$Array.isArray(message.detectionReport))
                            return "detectionReport: array expected";
                        for (let i = 0; i < message.detectionReport.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.verify(message.detectionReport[i], _depth + 1);
                            if (error)
                                return "detectionReport." + error;
                        }
                    }
                    if (message.detectionClassDefinition != null && $Object.hasOwnProperty.call(message, "detectionClassDefinition")) {
                        if (!$Array.isArray(message.detectionClassDefinition))
                            return "detectionClassDefinition: array expected";
                        for (let i = 0; i < message.detectionClassDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.verify(message.detectionClassDefinition[i], _depth + 1);
                            if (error)
                                return "detectionClassDefinition." + error;
                        }
                    }
                    if (message.behaviourDefinition != null && $Object.hasOwnProperty.call(message, "behaviourDefinition")) {
                        if (!$Array.isArray(message.behaviourDefinition))
                            return "behaviourDefinition: array expected";
                        for (let i = 0; i < message.behaviourDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.verify(message.behaviourDefinition[i], _depth + 1);
                            if (error)
                                return "behaviourDefinition." + error;
                        }
                    }
                    if (message.velocityType != null && $Object.hasOwnProperty.call(message, "velocityType")) {
                        properties._velocityType = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.verify(message.velocityType, _depth + 1);
                            if (error)
                                return "velocityType." + error;
                        }
                    }
                    if (message.geometricError != null && $Object.hasOwnProperty.call(message, "geometricError")) {
                        properties._geometricError = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.verify(message.geometricError, _depth + 1);
                            if (error)
                                return "geometricError." + error;
                        }
                    }
                    return null;
                };

                DetectionDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition();
                    if (object.locationType != null) {
                        if (!$util.isObject(object.locationType))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.locationType: object expected");
                        message.locationType = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.fromObject(object.locationType, _depth + 1);
                    }
                    if (object.detectionPerformance) {
                        if (!$Array.isArray(object.detectionPerformance))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.detectionPerformance: array expected");
                        message.detectionPerformance = $Array(object.detectionPerformance.length);
                        for (let i = 0; i < object.detectionPerformance.length; ++i) {
                            if (!$util.isObject(object.detectionPerformance[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.detectionPerformance: object expected");
                            message.detectionPerformance[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.fromObject(object.detectionPerformance[i], _depth + 1);
                        }
                    }
                    if (object.detectionReport) {
                        if (!$Array.isArray(object.detectionReport))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.detectionReport: array expected");
                        message.detectionReport = $Array(object.detectionReport.length);
                        for (let i = 0; i < object.detectionReport.length; ++i) {
                            if (!$util.isObject(object.detectionReport[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.detectionReport: object expected");
                            message.detectionReport[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.fromObject(object.detectionReport[i], _depth + 1);
                        }
                    }
                    if (object.detectionClassDefinition) {
                        if (!$Array.isArray(object.detectionClassDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.detectionClassDefinition: array expected");
                        message.detectionClassDefinition = $Array(object.detectionClassDefinition.length);
                        for (let i = 0; i < object.detectionClassDefinition.length; ++i) {
                            if (!$util.isObject(object.detectionClassDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.detectionClassDefinition: object expected");
                            message.detectionClassDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.fromObject(object.detectionClassDefinition[i], _depth + 1);
                        }
                    }
                    if (object.behaviourDefinition) {
                        if (!$Array.isArray(object.behaviourDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.behaviourDefinition: array expected");
                        message.behaviourDefinition = $Array(object.behaviourDefinition.length);
                        for (let i = 0; i < object.behaviourDefinition.length; ++i) {
                            if (!$util.isObject(object.behaviourDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.behaviourDefinition: object expected");
                            message.behaviourDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.fromObject(object.behaviourDefinition[i], _depth + 1);
                        }
                    }
                    if (object.velocityType != null) {
                        if (!$util.isObject(object.velocityType))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.velocityType: object expected");
                        message.velocityType = $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.fromObject(object.velocityType, _depth + 1);
                    }
                    if (object.geometricError != null) {
                        if (!$util.isObject(object.geometricError))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.geometricError: object expected");
                        message.geometricError = $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.fromObject(object.geometricError, _depth + 1);
                    }
                    return message;
                };

                DetectionDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.detectionPerformance = [];
                        object.detectionReport = [];
                        object.detectionClassDefinition = [];
                        object.behaviourDefinition = [];
                    }
                    if (message.locationType != null && $Object.hasOwnProperty.call(message, "locationType"))
                        object.locationType = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.toObject(message.locationType, options, _depth + 1);
                    if (message.detectionPerformance && message.detectionPerformance.length) {
                        object.detectionPerformance = $Array(message.detectionPerformance.length);
                        for (let j = 0; j < message.detectionPerformance.length; ++j)
                            object.detectionPerformance[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.toObject(message.detectionPerformance[j], options, _depth + 1);
                    }
                    if (message.detectionReport && message.detectionReport.length) {
                        object.detectionReport = $Array(message.detectionReport.length);
                        for (let j = 0; j < message.detectionReport.length; ++j)
                            object.detectionReport[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.toObject(message.detectionReport[j], options, _depth + 1);
                    }
                    if (message.detectionClassDefinition && message.detectionClassDefinition.length) {
                        object.detectionClassDefinition = $Array(message.detectionClassDefinition.length);
                        for (let j = 0; j < message.detectionClassDefinition.length; ++j)
                            object.detectionClassDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.toObject(message.detectionClassDefinition[j], options, _depth + 1);
                    }
                    if (message.behaviourDefinition && message.behaviourDefinition.length) {
                        object.behaviourDefinition = $Array(message.behaviourDefinition.length);
                        for (let j = 0; j < message.behaviourDefinition.length; ++j)
                            object.behaviourDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.toObject(message.behaviourDefinition[j], options, _depth + 1);
                    }
                    if (message.velocityType != null && $Object.hasOwnProperty.call(message, "velocityType"))
                        object.velocityType = $root.sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.toObject(message.velocityType, options, _depth + 1);
                    if (message.geometricError != null && $Object.hasOwnProperty.call(message, "geometricError"))
                        object.geometricError = $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.toObject(message.geometricError, options, _depth + 1);
                    return object;
                };

                DetectionDefinition.prototype.toJSON = function() {
                    return DetectionDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DetectionDefinition;
            })();

            Registration.GeometricError = (function() {

                const GeometricError = function (properties) {
                    this.performanceValue = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                GeometricError.prototype.type = null;
                GeometricError.prototype.units = null;
                GeometricError.prototype.variationType = null;
                GeometricError.prototype.performanceValue = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GeometricError.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GeometricError.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(GeometricError.prototype, "_variationType", {
                    get: $util.oneOfGetter($oneOfFields = ["variationType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                GeometricError.create = function(properties) {
                    return new GeometricError(properties);
                };

                GeometricError.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(18).string(message.units);
                    if (message.variationType != null && $Object.hasOwnProperty.call(message, "variationType"))
                        writer.uint32(26).string(message.variationType);
                    if (message.performanceValue != null && message.performanceValue.length)
                        for (let i = 0; i < message.performanceValue.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.encode(message.performanceValue[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                GeometricError.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                GeometricError.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.variationType = reader.stringVerify();
                                message._variationType = "variationType";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.performanceValue && message.performanceValue.length))
                                    message.performanceValue = [];
                                message.performanceValue.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.decode(reader, reader.size(), $undefined, _depth + 1));
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

                GeometricError.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                GeometricError.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.variationType != null && $Object.hasOwnProperty.call(message, "variationType")) {
                        properties._variationType = 1;
                        if (!$util.isString(message.variationType))
                            return "variationType: string expected";
                    }
                    if (message.performanceValue != null && $Object.hasOwnProperty.call(message, "performanceValue")) {
                        if (!$Array.isArray(message.performanceValue))
                            return "performanceValue: array expected";
                        for (let i = 0; i < message.performanceValue.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.verify(message.performanceValue[i], _depth + 1);
                            if (error)
                                return "performanceValue." + error;
                        }
                    }
                    return null;
                };

                GeometricError.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.variationType != null)
                        message.variationType = $String(object.variationType);
                    if (object.performanceValue) {
                        if (!$Array.isArray(object.performanceValue))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.performanceValue: array expected");
                        message.performanceValue = $Array(object.performanceValue.length);
                        for (let i = 0; i < object.performanceValue.length; ++i) {
                            if (!$util.isObject(object.performanceValue[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.performanceValue: object expected");
                            message.performanceValue[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.fromObject(object.performanceValue[i], _depth + 1);
                        }
                    }
                    return message;
                };

                GeometricError.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.performanceValue = [];
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.variationType != null && $Object.hasOwnProperty.call(message, "variationType"))
                        object.variationType = message.variationType;
                    if (message.performanceValue && message.performanceValue.length) {
                        object.performanceValue = $Array(message.performanceValue.length);
                        for (let j = 0; j < message.performanceValue.length; ++j)
                            object.performanceValue[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.toObject(message.performanceValue[j], options, _depth + 1);
                    }
                    return object;
                };

                GeometricError.prototype.toJSON = function() {
                    return GeometricError.toObject(this, $protobuf.util.toJSONOptions);
                };

                return GeometricError;
            })();

            Registration.PerformanceValue = (function() {

                const PerformanceValue = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                PerformanceValue.prototype.type = null;
                PerformanceValue.prototype.units = null;
                PerformanceValue.prototype.unitValue = null;
                PerformanceValue.prototype.variationType = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PerformanceValue.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PerformanceValue.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PerformanceValue.prototype, "_unitValue", {
                    get: $util.oneOfGetter($oneOfFields = ["unitValue"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(PerformanceValue.prototype, "_variationType", {
                    get: $util.oneOfGetter($oneOfFields = ["variationType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                PerformanceValue.create = function(properties) {
                    return new PerformanceValue(properties);
                };

                PerformanceValue.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(18).string(message.units);
                    if (message.unitValue != null && $Object.hasOwnProperty.call(message, "unitValue"))
                        writer.uint32(26).string(message.unitValue);
                    if (message.variationType != null && $Object.hasOwnProperty.call(message, "variationType"))
                        writer.uint32(34).string(message.variationType);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                PerformanceValue.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                PerformanceValue.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.unitValue = reader.stringVerify();
                                message._unitValue = "unitValue";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.variationType = reader.stringVerify();
                                message._variationType = "variationType";
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

                PerformanceValue.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                PerformanceValue.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.unitValue != null && $Object.hasOwnProperty.call(message, "unitValue")) {
                        properties._unitValue = 1;
                        if (!$util.isString(message.unitValue))
                            return "unitValue: string expected";
                    }
                    if (message.variationType != null && $Object.hasOwnProperty.call(message, "variationType")) {
                        properties._variationType = 1;
                        if (!$util.isString(message.variationType))
                            return "variationType: string expected";
                    }
                    return null;
                };

                PerformanceValue.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.unitValue != null)
                        message.unitValue = $String(object.unitValue);
                    if (object.variationType != null)
                        message.variationType = $String(object.variationType);
                    return message;
                };

                PerformanceValue.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.unitValue != null && $Object.hasOwnProperty.call(message, "unitValue"))
                        object.unitValue = message.unitValue;
                    if (message.variationType != null && $Object.hasOwnProperty.call(message, "variationType"))
                        object.variationType = message.variationType;
                    return object;
                };

                PerformanceValue.prototype.toJSON = function() {
                    return PerformanceValue.toObject(this, $protobuf.util.toJSONOptions);
                };

                return PerformanceValue;
            })();

            Registration.DetectionReport = (function() {

                const DetectionReport = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetectionReport.prototype.category = null;
                DetectionReport.prototype.type = null;
                DetectionReport.prototype.units = null;
                DetectionReport.prototype.onChange = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionReport.prototype, "_category", {
                    get: $util.oneOfGetter($oneOfFields = ["category"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionReport.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionReport.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionReport.prototype, "_onChange", {
                    get: $util.oneOfGetter($oneOfFields = ["onChange"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                DetectionReport.create = function(properties) {
                    return new DetectionReport(properties);
                };

                DetectionReport.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        writer.uint32(8).int32(message.category);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(26).string(message.units);
                    if (message.onChange != null && $Object.hasOwnProperty.call(message, "onChange"))
                        writer.uint32(32).bool(message.onChange);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetectionReport.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                DetectionReport.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport();
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
                                message.category = reader.int32();
                                message._category = "category";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.onChange = reader.bool();
                                message._onChange = "onChange";
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

                DetectionReport.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                DetectionReport.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category")) {
                        properties._category = 1;
                        if (typeof message.category !== "number" || (message.category | 0) !== message.category)
                            return "category: enum value expected";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.onChange != null && $Object.hasOwnProperty.call(message, "onChange")) {
                        properties._onChange = 1;
                        if (typeof message.onChange !== "boolean")
                            return "onChange: boolean expected";
                    }
                    return null;
                };

                DetectionReport.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport();
                    switch (object.category) {
                    case "DETECTION_REPORT_CATEGORY_UNSPECIFIED":
                    case 0:
                        message.category = 0;
                        break;
                    case "DETECTION_REPORT_CATEGORY_DETECTION":
                    case 1:
                        message.category = 1;
                        break;
                    case "DETECTION_REPORT_CATEGORY_TRACK":
                    case 2:
                        message.category = 2;
                        break;
                    case "DETECTION_REPORT_CATEGORY_OBJECT":
                    case 3:
                        message.category = 3;
                        break;
                    case "DETECTION_REPORT_CATEGORY_SIGNAL":
                    case 4:
                        message.category = 4;
                        break;
                    default:
                        if (typeof object.category === "number" && (object.category | 0) === object.category)
                            message.category = object.category;
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.onChange != null)
                        message.onChange = $Boolean(object.onChange);
                    return message;
                };

                DetectionReport.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category"))
                        object.category = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReportCategory[message.category] === $undefined ? message.category : $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReportCategory[message.category] : message.category;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.onChange != null && $Object.hasOwnProperty.call(message, "onChange"))
                        object.onChange = message.onChange;
                    return object;
                };

                DetectionReport.prototype.toJSON = function() {
                    return DetectionReport.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DetectionReport;
            })();

            Registration.DetectionReportCategory = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DETECTION_REPORT_CATEGORY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DETECTION_REPORT_CATEGORY_DETECTION"] = 1;
                values[valuesById[2] = "DETECTION_REPORT_CATEGORY_TRACK"] = 2;
                values[valuesById[3] = "DETECTION_REPORT_CATEGORY_OBJECT"] = 3;
                values[valuesById[4] = "DETECTION_REPORT_CATEGORY_SIGNAL"] = 4;
                return values;
            })();

            Registration.DetectionClassDefinition = (function() {

                const DetectionClassDefinition = function (properties) {
                    this.classPerformance = [];
                    this.classDefinition = [];
                    this.taxonomyDockDefinition = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                DetectionClassDefinition.prototype.confidenceDefinition = null;
                DetectionClassDefinition.prototype.classPerformance = $util.emptyArray;
                DetectionClassDefinition.prototype.classDefinition = $util.emptyArray;
                DetectionClassDefinition.prototype.taxonomyDockDefinition = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(DetectionClassDefinition.prototype, "_confidenceDefinition", {
                    get: $util.oneOfGetter($oneOfFields = ["confidenceDefinition"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                DetectionClassDefinition.create = function(properties) {
                    return new DetectionClassDefinition(properties);
                };

                DetectionClassDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.confidenceDefinition != null && $Object.hasOwnProperty.call(message, "confidenceDefinition"))
                        writer.uint32(8).int32(message.confidenceDefinition);
                    if (message.classPerformance != null && message.classPerformance.length)
                        for (let i = 0; i < message.classPerformance.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.encode(message.classPerformance[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.classDefinition != null && message.classDefinition.length)
                        for (let i = 0; i < message.classDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.encode(message.classDefinition[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.taxonomyDockDefinition != null && message.taxonomyDockDefinition.length)
                        for (let i = 0; i < message.taxonomyDockDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.encode(message.taxonomyDockDefinition[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                DetectionClassDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                DetectionClassDefinition.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition();
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
                                message.confidenceDefinition = reader.int32();
                                message._confidenceDefinition = "confidenceDefinition";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.classPerformance && message.classPerformance.length))
                                    message.classPerformance = [];
                                message.classPerformance.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.classDefinition && message.classDefinition.length))
                                    message.classDefinition = [];
                                message.classDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.taxonomyDockDefinition && message.taxonomyDockDefinition.length))
                                    message.taxonomyDockDefinition = [];
                                message.taxonomyDockDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
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

                DetectionClassDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                DetectionClassDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.confidenceDefinition != null && $Object.hasOwnProperty.call(message, "confidenceDefinition")) {
                        properties._confidenceDefinition = 1;
                        if (typeof message.confidenceDefinition !== "number" || (message.confidenceDefinition | 0) !== message.confidenceDefinition)
                            return "confidenceDefinition: enum value expected";
                    }
                    if (message.classPerformance != null && $Object.hasOwnProperty.call(message, "classPerformance")) {
                        if (!$Array.isArray(message.classPerformance))
                            return "classPerformance: array expected";
                        for (let i = 0; i < message.classPerformance.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.verify(message.classPerformance[i], _depth + 1);
                            if (error)
                                return "classPerformance." + error;
                        }
                    }
                    if (message.classDefinition != null && $Object.hasOwnProperty.call(message, "classDefinition")) {
                        if (!$Array.isArray(message.classDefinition))
                            return "classDefinition: array expected";
                        for (let i = 0; i < message.classDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.verify(message.classDefinition[i], _depth + 1);
                            if (error)
                                return "classDefinition." + error;
                        }
                    }
                    if (message.taxonomyDockDefinition != null && $Object.hasOwnProperty.call(message, "taxonomyDockDefinition")) {
                        if (!$Array.isArray(message.taxonomyDockDefinition))
                            return "taxonomyDockDefinition: array expected";
                        for (let i = 0; i < message.taxonomyDockDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.verify(message.taxonomyDockDefinition[i], _depth + 1);
                            if (error)
                                return "taxonomyDockDefinition." + error;
                        }
                    }
                    return null;
                };

                DetectionClassDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition();
                    switch (object.confidenceDefinition) {
                    case "CONFIDENCE_DEFINITION_UNSPECIFIED":
                    case 0:
                        message.confidenceDefinition = 0;
                        break;
                    case "CONFIDENCE_DEFINITION_SINGLE_CLASS":
                    case 1:
                        message.confidenceDefinition = 1;
                        break;
                    case "CONFIDENCE_DEFINITION_MULTI_CLASS":
                    case 2:
                        message.confidenceDefinition = 2;
                        break;
                    default:
                        if (typeof object.confidenceDefinition === "number" && (object.confidenceDefinition | 0) === object.confidenceDefinition)
                            message.confidenceDefinition = object.confidenceDefinition;
                    }
                    if (object.classPerformance) {
                        if (!$Array.isArray(object.classPerformance))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.classPerformance: array expected");
                        message.classPerformance = $Array(object.classPerformance.length);
                        for (let i = 0; i < object.classPerformance.length; ++i) {
                            if (!$util.isObject(object.classPerformance[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.classPerformance: object expected");
                            message.classPerformance[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.fromObject(object.classPerformance[i], _depth + 1);
                        }
                    }
                    if (object.classDefinition) {
                        if (!$Array.isArray(object.classDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.classDefinition: array expected");
                        message.classDefinition = $Array(object.classDefinition.length);
                        for (let i = 0; i < object.classDefinition.length; ++i) {
                            if (!$util.isObject(object.classDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.classDefinition: object expected");
                            message.classDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.fromObject(object.classDefinition[i], _depth + 1);
                        }
                    }
                    if (object.taxonomyDockDefinition) {
                        if (!$Array.isArray(object.taxonomyDockDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.taxonomyDockDefinition: array expected");
                        message.taxonomyDockDefinition = $Array(object.taxonomyDockDefinition.length);
                        for (let i = 0; i < object.taxonomyDockDefinition.length; ++i) {
                            if (!$util.isObject(object.taxonomyDockDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.taxonomyDockDefinition: object expected");
                            message.taxonomyDockDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.fromObject(object.taxonomyDockDefinition[i], _depth + 1);
                        }
                    }
                    return message;
                };

                DetectionClassDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.classPerformance = [];
                        object.classDefinition = [];
                        object.taxonomyDockDefinition = [];
                    }
                    if (message.confidenceDefinition != null && $Object.hasOwnProperty.call(message, "confidenceDefinition"))
                        object.confidenceDefinition = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfidenceDefinition[message.confidenceDefinition] === $undefined ? message.confidenceDefinition : $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfidenceDefinition[message.confidenceDefinition] : message.confidenceDefinition;
                    if (message.classPerformance && message.classPerformance.length) {
                        object.classPerformance = $Array(message.classPerformance.length);
                        for (let j = 0; j < message.classPerformance.length; ++j)
                            object.classPerformance[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.toObject(message.classPerformance[j], options, _depth + 1);
                    }
                    if (message.classDefinition && message.classDefinition.length) {
                        object.classDefinition = $Array(message.classDefinition.length);
                        for (let j = 0; j < message.classDefinition.length; ++j)
                            object.classDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.toObject(message.classDefinition[j], options, _depth + 1);
                    }
                    if (message.taxonomyDockDefinition && message.taxonomyDockDefinition.length) {
                        object.taxonomyDockDefinition = $Array(message.taxonomyDockDefinition.length);
                        for (let j = 0; j < message.taxonomyDockDefinition.length; ++j)
                            object.taxonomyDockDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.toObject(message.taxonomyDockDefinition[j], options, _depth + 1);
                    }
                    return object;
                };

                DetectionClassDefinition.prototype.toJSON = function() {
                    return DetectionClassDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return DetectionClassDefinition;
            })();

            Registration.ConfidenceDefinition = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONFIDENCE_DEFINITION_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CONFIDENCE_DEFINITION_SINGLE_CLASS"] = 1;
                values[valuesById[2] = "CONFIDENCE_DEFINITION_MULTI_CLASS"] = 2;
                return values;
            })();

            Registration.ClassDefinition = (function() {

                const ClassDefinition = function (properties) {
                    this.subClass = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ClassDefinition.prototype.type = null;
                ClassDefinition.prototype.units = null;
                ClassDefinition.prototype.subClass = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ClassDefinition.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ClassDefinition.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ClassDefinition.create = function(properties) {
                    return new ClassDefinition(properties);
                };

                ClassDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(18).string(message.units);
                    if (message.subClass != null && message.subClass.length)
                        for (let i = 0; i < message.subClass.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.encode(message.subClass[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ClassDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ClassDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClass && message.subClass.length))
                                    message.subClass = [];
                                message.subClass.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.decode(reader, reader.size(), $undefined, _depth + 1));
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

                ClassDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ClassDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.subClass != null && $Object.hasOwnProperty.call(message, "subClass")) {
                        if (!$Array.isArray(message.subClass))
                            return "subClass: array expected";
                        for (let i = 0; i < message.subClass.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.verify(message.subClass[i], _depth + 1);
                            if (error)
                                return "subClass." + error;
                        }
                    }
                    return null;
                };

                ClassDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.subClass) {
                        if (!$Array.isArray(object.subClass))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.subClass: array expected");
                        message.subClass = $Array(object.subClass.length);
                        for (let i = 0; i < object.subClass.length; ++i) {
                            if (!$util.isObject(object.subClass[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.subClass: object expected");
                            message.subClass[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.fromObject(object.subClass[i], _depth + 1);
                        }
                    }
                    return message;
                };

                ClassDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subClass = [];
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.subClass && message.subClass.length) {
                        object.subClass = $Array(message.subClass.length);
                        for (let j = 0; j < message.subClass.length; ++j)
                            object.subClass[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.toObject(message.subClass[j], options, _depth + 1);
                    }
                    return object;
                };

                ClassDefinition.prototype.toJSON = function() {
                    return ClassDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ClassDefinition;
            })();

            Registration.SubClass = (function() {

                const SubClass = function (properties) {
                    this.subClass = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SubClass.prototype.type = null;
                SubClass.prototype.units = null;
                SubClass.prototype.level = null;
                SubClass.prototype.subClass = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClass.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClass.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClass.prototype, "_level", {
                    get: $util.oneOfGetter($oneOfFields = ["level"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                SubClass.create = function(properties) {
                    return new SubClass(properties);
                };

                SubClass.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(18).string(message.units);
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        writer.uint32(24).int32(message.level);
                    if (message.subClass != null && message.subClass.length)
                        for (let i = 0; i < message.subClass.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.encode(message.subClass[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SubClass.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                SubClass.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.level = reader.int32();
                                message._level = "level";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClass && message.subClass.length))
                                    message.subClass = [];
                                message.subClass.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.decode(reader, reader.size(), $undefined, _depth + 1));
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

                SubClass.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                SubClass.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level")) {
                        properties._level = 1;
                        if (!$util.isInteger(message.level))
                            return "level: integer expected";
                    }
                    if (message.subClass != null && $Object.hasOwnProperty.call(message, "subClass")) {
                        if (!$Array.isArray(message.subClass))
                            return "subClass: array expected";
                        for (let i = 0; i < message.subClass.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.verify(message.subClass[i], _depth + 1);
                            if (error)
                                return "subClass." + error;
                        }
                    }
                    return null;
                };

                SubClass.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClass: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.level != null)
                        message.level = object.level | 0;
                    if (object.subClass) {
                        if (!$Array.isArray(object.subClass))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.subClass: array expected");
                        message.subClass = $Array(object.subClass.length);
                        for (let i = 0; i < object.subClass.length; ++i) {
                            if (!$util.isObject(object.subClass[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.subClass: object expected");
                            message.subClass[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.fromObject(object.subClass[i], _depth + 1);
                        }
                    }
                    return message;
                };

                SubClass.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subClass = [];
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        object.level = message.level;
                    if (message.subClass && message.subClass.length) {
                        object.subClass = $Array(message.subClass.length);
                        for (let j = 0; j < message.subClass.length; ++j)
                            object.subClass[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.toObject(message.subClass[j], options, _depth + 1);
                    }
                    return object;
                };

                SubClass.prototype.toJSON = function() {
                    return SubClass.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SubClass;
            })();

            Registration.BehaviourDefinition = (function() {

                const BehaviourDefinition = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                BehaviourDefinition.prototype.type = null;
                BehaviourDefinition.prototype.units = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(BehaviourDefinition.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(BehaviourDefinition.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                BehaviourDefinition.create = function(properties) {
                    return new BehaviourDefinition(properties);
                };

                BehaviourDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(10).string(message.type);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(18).string(message.units);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                BehaviourDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                BehaviourDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition();
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
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
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

                BehaviourDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                BehaviourDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    return null;
                };

                BehaviourDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition();
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.units != null)
                        message.units = $String(object.units);
                    return message;
                };

                BehaviourDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    return object;
                };

                BehaviourDefinition.prototype.toJSON = function() {
                    return BehaviourDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return BehaviourDefinition;
            })();

            Registration.TaskDefinition = (function() {

                const TaskDefinition = function (properties) {
                    this.command = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TaskDefinition.prototype.concurrentTasks = null;
                TaskDefinition.prototype.regionDefinition = null;
                TaskDefinition.prototype.command = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TaskDefinition.prototype, "_concurrentTasks", {
                    get: $util.oneOfGetter($oneOfFields = ["concurrentTasks"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TaskDefinition.prototype, "_regionDefinition", {
                    get: $util.oneOfGetter($oneOfFields = ["regionDefinition"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                TaskDefinition.create = function(properties) {
                    return new TaskDefinition(properties);
                };

                TaskDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.concurrentTasks != null && $Object.hasOwnProperty.call(message, "concurrentTasks"))
                        writer.uint32(8).int32(message.concurrentTasks);
                    if (message.regionDefinition != null && $Object.hasOwnProperty.call(message, "regionDefinition"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.encode(message.regionDefinition, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.command != null && message.command.length)
                        for (let i = 0; i < message.command.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command.encode(message.command[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TaskDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                TaskDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition();
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
                                message.concurrentTasks = reader.int32();
                                message._concurrentTasks = "concurrentTasks";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.regionDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.decode(reader, reader.size(), $undefined, _depth + 1, message.regionDefinition);
                                message._regionDefinition = "regionDefinition";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.command && message.command.length))
                                    message.command = [];
                                message.command.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.Command.decode(reader, reader.size(), $undefined, _depth + 1));
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

                TaskDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                TaskDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.concurrentTasks != null && $Object.hasOwnProperty.call(message, "concurrentTasks")) {
                        properties._concurrentTasks = 1;
                        if (!$util.isInteger(message.concurrentTasks))
                            return "concurrentTasks: integer expected";
                    }
                    if (message.regionDefinition != null && $Object.hasOwnProperty.call(message, "regionDefinition")) {
                        properties._regionDefinition = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.verify(message.regionDefinition, _depth + 1);
                            if (error)
                                return "regionDefinition." + error;
                        }
                    }
                    if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                        if (!$Array.isArray(message.command))
                            return "command: array expected";
                        for (let i = 0; i < message.command.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command.verify(message.command[i], _depth + 1);
                            if (error)
                                return "command." + error;
                        }
                    }
                    return null;
                };

                TaskDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition();
                    if (object.concurrentTasks != null)
                        message.concurrentTasks = object.concurrentTasks | 0;
                    if (object.regionDefinition != null) {
                        if (!$util.isObject(object.regionDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.regionDefinition: object expected");
                        message.regionDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.fromObject(object.regionDefinition, _depth + 1);
                    }
                    if (object.command) {
                        if (!$Array.isArray(object.command))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.command: array expected");
                        message.command = $Array(object.command.length);
                        for (let i = 0; i < object.command.length; ++i) {
                            if (!$util.isObject(object.command[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.command: object expected");
                            message.command[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command.fromObject(object.command[i], _depth + 1);
                        }
                    }
                    return message;
                };

                TaskDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.command = [];
                    if (message.concurrentTasks != null && $Object.hasOwnProperty.call(message, "concurrentTasks"))
                        object.concurrentTasks = message.concurrentTasks;
                    if (message.regionDefinition != null && $Object.hasOwnProperty.call(message, "regionDefinition"))
                        object.regionDefinition = $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.toObject(message.regionDefinition, options, _depth + 1);
                    if (message.command && message.command.length) {
                        object.command = $Array(message.command.length);
                        for (let j = 0; j < message.command.length; ++j)
                            object.command[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command.toObject(message.command[j], options, _depth + 1);
                    }
                    return object;
                };

                TaskDefinition.prototype.toJSON = function() {
                    return TaskDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TaskDefinition;
            })();

            Registration.ClassFilterDefinition = (function() {

                const ClassFilterDefinition = function (properties) {
                    this.filterParameter = [];
                    this.subClassDefinition = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ClassFilterDefinition.prototype.filterParameter = $util.emptyArray;
                ClassFilterDefinition.prototype.subClassDefinition = $util.emptyArray;
                ClassFilterDefinition.prototype.type = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ClassFilterDefinition.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ClassFilterDefinition.create = function(properties) {
                    return new ClassFilterDefinition(properties);
                };

                ClassFilterDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.filterParameter != null && message.filterParameter.length)
                        for (let i = 0; i < message.filterParameter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.encode(message.filterParameter[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.subClassDefinition != null && message.subClassDefinition.length)
                        for (let i = 0; i < message.subClassDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.encode(message.subClassDefinition[i], writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(26).string(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ClassFilterDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ClassFilterDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition();
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
                                if (!(message.filterParameter && message.filterParameter.length))
                                    message.filterParameter = [];
                                message.filterParameter.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClassDefinition && message.subClassDefinition.length))
                                    message.subClassDefinition = [];
                                message.subClassDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
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

                ClassFilterDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ClassFilterDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.filterParameter != null && $Object.hasOwnProperty.call(message, "filterParameter")) {
                        if (!$Array.isArray(message.filterParameter))
                            return "filterParameter: array expected";
                        for (let i = 0; i < message.filterParameter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.verify(message.filterParameter[i], _depth + 1);
                            if (error)
                                return "filterParameter." + error;
                        }
                    }
                    if (message.subClassDefinition != null && $Object.hasOwnProperty.call(message, "subClassDefinition")) {
                        if (!$Array.isArray(message.subClassDefinition))
                            return "subClassDefinition: array expected";
                        for (let i = 0; i < message.subClassDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.verify(message.subClassDefinition[i], _depth + 1);
                            if (error)
                                return "subClassDefinition." + error;
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    return null;
                };

                ClassFilterDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition();
                    if (object.filterParameter) {
                        if (!$Array.isArray(object.filterParameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.filterParameter: array expected");
                        message.filterParameter = $Array(object.filterParameter.length);
                        for (let i = 0; i < object.filterParameter.length; ++i) {
                            if (!$util.isObject(object.filterParameter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.filterParameter: object expected");
                            message.filterParameter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.fromObject(object.filterParameter[i], _depth + 1);
                        }
                    }
                    if (object.subClassDefinition) {
                        if (!$Array.isArray(object.subClassDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.subClassDefinition: array expected");
                        message.subClassDefinition = $Array(object.subClassDefinition.length);
                        for (let i = 0; i < object.subClassDefinition.length; ++i) {
                            if (!$util.isObject(object.subClassDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.subClassDefinition: object expected");
                            message.subClassDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.fromObject(object.subClassDefinition[i], _depth + 1);
                        }
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    return message;
                };

                ClassFilterDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.filterParameter = [];
                        object.subClassDefinition = [];
                    }
                    if (message.filterParameter && message.filterParameter.length) {
                        object.filterParameter = $Array(message.filterParameter.length);
                        for (let j = 0; j < message.filterParameter.length; ++j)
                            object.filterParameter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.toObject(message.filterParameter[j], options, _depth + 1);
                    }
                    if (message.subClassDefinition && message.subClassDefinition.length) {
                        object.subClassDefinition = $Array(message.subClassDefinition.length);
                        for (let j = 0; j < message.subClassDefinition.length; ++j)
                            object.subClassDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.toObject(message.subClassDefinition[j], options, _depth + 1);
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    return object;
                };

                ClassFilterDefinition.prototype.toJSON = function() {
                    return ClassFilterDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ClassFilterDefinition;
            })();

            Registration.SubClassFilterDefinition = (function() {

                const SubClassFilterDefinition = function (properties) {
                    this.filterParameter = [];
                    this.subClassDefinition = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SubClassFilterDefinition.prototype.filterParameter = $util.emptyArray;
                SubClassFilterDefinition.prototype.level = null;
                SubClassFilterDefinition.prototype.type = null;
                SubClassFilterDefinition.prototype.subClassDefinition = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClassFilterDefinition.prototype, "_level", {
                    get: $util.oneOfGetter($oneOfFields = ["level"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClassFilterDefinition.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                SubClassFilterDefinition.create = function(properties) {
                    return new SubClassFilterDefinition(properties);
                };

                SubClassFilterDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.filterParameter != null && message.filterParameter.length)
                        for (let i = 0; i < message.filterParameter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.encode(message.filterParameter[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        writer.uint32(16).int32(message.level);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(26).string(message.type);
                    if (message.subClassDefinition != null && message.subClassDefinition.length)
                        for (let i = 0; i < message.subClassDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.encode(message.subClassDefinition[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SubClassFilterDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                SubClassFilterDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition();
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
                                if (!(message.filterParameter && message.filterParameter.length))
                                    message.filterParameter = [];
                                message.filterParameter.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.level = reader.int32();
                                message._level = "level";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClassDefinition && message.subClassDefinition.length))
                                    message.subClassDefinition = [];
                                message.subClassDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
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

                SubClassFilterDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                SubClassFilterDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.filterParameter != null && $Object.hasOwnProperty.call(message, "filterParameter")) {
                        if (!$Array.isArray(message.filterParameter))
                            return "filterParameter: array expected";
                        for (let i = 0; i < message.filterParameter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.verify(message.filterParameter[i], _depth + 1);
                            if (error)
                                return "filterParameter." + error;
                        }
                    }
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level")) {
                        properties._level = 1;
                        if (!$util.isInteger(message.level))
                            return "level: integer expected";
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.subClassDefinition != null && $Object.hasOwnProperty.call(message, "subClassDefinition")) {
                        if (!$Array.isArray(message.subClassDefinition))
                            return "subClassDefinition: array expected";
                        for (let i = 0; i < message.subClassDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.verify(message.subClassDefinition[i], _depth + 1);
                            if (error)
                                return "subClassDefinition." + error;
                        }
                    }
                    return null;
                };

                SubClassFilterDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition();
                    if (object.filterParameter) {
                        if (!$Array.isArray(object.filterParameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.filterParameter: array expected");
                        message.filterParameter = $Array(object.filterParameter.length);
                        for (let i = 0; i < object.filterParameter.length; ++i) {
                            if (!$util.isObject(object.filterParameter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.filterParameter: object expected");
                            message.filterParameter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.fromObject(object.filterParameter[i], _depth + 1);
                        }
                    }
                    if (object.level != null)
                        message.level = object.level | 0;
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.subClassDefinition) {
                        if (!$Array.isArray(object.subClassDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.subClassDefinition: array expected");
                        message.subClassDefinition = $Array(object.subClassDefinition.length);
                        for (let i = 0; i < object.subClassDefinition.length; ++i) {
                            if (!$util.isObject(object.subClassDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.subClassDefinition: object expected");
                            message.subClassDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.fromObject(object.subClassDefinition[i], _depth + 1);
                        }
                    }
                    return message;
                };

                SubClassFilterDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.filterParameter = [];
                        object.subClassDefinition = [];
                    }
                    if (message.filterParameter && message.filterParameter.length) {
                        object.filterParameter = $Array(message.filterParameter.length);
                        for (let j = 0; j < message.filterParameter.length; ++j)
                            object.filterParameter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.toObject(message.filterParameter[j], options, _depth + 1);
                    }
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        object.level = message.level;
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.subClassDefinition && message.subClassDefinition.length) {
                        object.subClassDefinition = $Array(message.subClassDefinition.length);
                        for (let j = 0; j < message.subClassDefinition.length; ++j)
                            object.subClassDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.toObject(message.subClassDefinition[j], options, _depth + 1);
                    }
                    return object;
                };

                SubClassFilterDefinition.prototype.toJSON = function() {
                    return SubClassFilterDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SubClassFilterDefinition;
            })();

            Registration.FilterParameter = (function() {

                const FilterParameter = function (properties) {
                    this.operators = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                FilterParameter.prototype.parameter = null;
                FilterParameter.prototype.operators = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(FilterParameter.prototype, "_parameter", {
                    get: $util.oneOfGetter($oneOfFields = ["parameter"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                FilterParameter.create = function(properties) {
                    return new FilterParameter(properties);
                };

                FilterParameter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        writer.uint32(10).string(message.parameter);
                    if (message.operators != null && message.operators.length)
                        writer.uint32(18).int32s(message.operators);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                FilterParameter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                FilterParameter.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter();
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
                                message.parameter = reader.stringVerify();
                                message._parameter = "parameter";
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.operators && message.operators.length))
                                        message.operators = [];
                                    reader.int32s(message.operators);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.operators && message.operators.length))
                                    message.operators = [];
                                message.operators.push(reader.int32());
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

                FilterParameter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                FilterParameter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter")) {
                        properties._parameter = 1;
                        if (!$util.isString(message.parameter))
                            return "parameter: string expected";
                    }
                    if (message.operators != null && $Object.hasOwnProperty.call(message, "operators")) {
                        if (!$Array.isArray(message.operators))
                            return "operators: array expected";
                        for (let i = 0; i < message.operators.length; ++i)
                            if (typeof message.operators[i] !== "number" || (message.operators[i] | 0) !== message.operators[i])
                                return "operators: enum value[] expected";
                    }
                    return null;
                };

                FilterParameter.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter();
                    if (object.parameter != null)
                        message.parameter = $String(object.parameter);
                    if (object.operators) {
                        if (!$Array.isArray(object.operators))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.operators: array expected");
                        message.operators = [];
                        for (let i = 0; i < object.operators.length; ++i)
                            switch (object.operators[i]) {
                            case "OPERATOR_UNSPECIFIED":
                            case 0:
                                message.operators[message.operators.length] = 0;
                                break;
                            case "OPERATOR_ALL":
                            case 1:
                                message.operators[message.operators.length] = 1;
                                break;
                            case "OPERATOR_GREATER_THAN":
                            case 2:
                                message.operators[message.operators.length] = 2;
                                break;
                            case "OPERATOR_LESS_THAN":
                            case 3:
                                message.operators[message.operators.length] = 3;
                                break;
                            case "OPERATOR_EQUAL":
                            case 4:
                                message.operators[message.operators.length] = 4;
                                break;
                            default:
                                if (typeof object.operators[i] === "number" && (object.operators[i] | 0) === object.operators[i])
                                    message.operators[message.operators.length] = object.operators[i];
                            }
                    }
                    return message;
                };

                FilterParameter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.operators = [];
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        object.parameter = message.parameter;
                    if (message.operators && message.operators.length) {
                        object.operators = $Array(message.operators.length);
                        for (let j = 0; j < message.operators.length; ++j)
                            object.operators[j] = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Operator[message.operators[j]] === $undefined ? message.operators[j] : $root.sapient_msg.bsi_flex_335_v2_0.Operator[message.operators[j]] : message.operators[j];
                    }
                    return object;
                };

                FilterParameter.prototype.toJSON = function() {
                    return FilterParameter.toObject(this, $protobuf.util.toJSONOptions);
                };

                return FilterParameter;
            })();

            Registration.BehaviourFilterDefinition = (function() {

                const BehaviourFilterDefinition = function (properties) {
                    this.filterParameter = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                BehaviourFilterDefinition.prototype.filterParameter = $util.emptyArray;
                BehaviourFilterDefinition.prototype.type = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(BehaviourFilterDefinition.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                BehaviourFilterDefinition.create = function(properties) {
                    return new BehaviourFilterDefinition(properties);
                };

                BehaviourFilterDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.filterParameter != null && message.filterParameter.length)
                        for (let i = 0; i < message.filterParameter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.encode(message.filterParameter[i], writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                BehaviourFilterDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                BehaviourFilterDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition();
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
                                if (!(message.filterParameter && message.filterParameter.length))
                                    message.filterParameter = [];
                                message.filterParameter.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
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

                BehaviourFilterDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                BehaviourFilterDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.filterParameter != null && $Object.hasOwnProperty.call(message, "filterParameter")) {
                        if (!$Array.isArray(message.filterParameter))
                            return "filterParameter: array expected";
                        for (let i = 0; i < message.filterParameter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.verify(message.filterParameter[i], _depth + 1);
                            if (error)
                                return "filterParameter." + error;
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    return null;
                };

                BehaviourFilterDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition();
                    if (object.filterParameter) {
                        if (!$Array.isArray(object.filterParameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.filterParameter: array expected");
                        message.filterParameter = $Array(object.filterParameter.length);
                        for (let i = 0; i < object.filterParameter.length; ++i) {
                            if (!$util.isObject(object.filterParameter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.filterParameter: object expected");
                            message.filterParameter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.fromObject(object.filterParameter[i], _depth + 1);
                        }
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    return message;
                };

                BehaviourFilterDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.filterParameter = [];
                    if (message.filterParameter && message.filterParameter.length) {
                        object.filterParameter = $Array(message.filterParameter.length);
                        for (let j = 0; j < message.filterParameter.length; ++j)
                            object.filterParameter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.toObject(message.filterParameter[j], options, _depth + 1);
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    return object;
                };

                BehaviourFilterDefinition.prototype.toJSON = function() {
                    return BehaviourFilterDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return BehaviourFilterDefinition;
            })();

            Registration.Command = (function() {

                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Command.prototype.units = null;
                Command.prototype.completionTime = null;
                Command.prototype.type = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Command.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Command.prototype, "_completionTime", {
                    get: $util.oneOfGetter($oneOfFields = ["completionTime"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Command.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

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
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(18).string(message.units);
                    if (message.completionTime != null && $Object.hasOwnProperty.call(message, "completionTime"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.encode(message.completionTime, writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(32).int32(message.type);
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.completionTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.completionTime);
                                message._completionTime = "completionTime";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.type = reader.int32();
                                message._type = "type";
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
                    let properties = {};
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    if (message.completionTime != null && $Object.hasOwnProperty.call(message, "completionTime")) {
                        properties._completionTime = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify(message.completionTime, _depth + 1);
                            if (error)
                                return "completionTime." + error;
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    }
                    return null;
                };

                Command.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.Command: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.Command();
                    if (object.units != null)
                        message.units = $String(object.units);
                    if (object.completionTime != null) {
                        if (!$util.isObject(object.completionTime))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.Command.completionTime: object expected");
                        message.completionTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.fromObject(object.completionTime, _depth + 1);
                    }
                    switch (object.type) {
                    case "COMMAND_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "COMMAND_TYPE_REQUEST":
                    case 1:
                        message.type = 1;
                        break;
                    case "COMMAND_TYPE_DETECTION_THRESHOLD":
                    case 2:
                        message.type = 2;
                        break;
                    case "COMMAND_TYPE_DETECTION_REPORT_RATE":
                    case 3:
                        message.type = 3;
                        break;
                    case "COMMAND_TYPE_CLASSIFICATION_THRESHOLD":
                    case 4:
                        message.type = 4;
                        break;
                    case "COMMAND_TYPE_MODE_CHANGE":
                    case 5:
                        message.type = 5;
                        break;
                    case "COMMAND_TYPE_LOOK_AT":
                    case 6:
                        message.type = 6;
                        break;
                    case "COMMAND_TYPE_MOVE_TO":
                    case 7:
                        message.type = 7;
                        break;
                    case "COMMAND_TYPE_PATROL":
                    case 8:
                        message.type = 8;
                        break;
                    case "COMMAND_TYPE_FOLLOW":
                    case 9:
                        message.type = 9;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
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
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    if (message.completionTime != null && $Object.hasOwnProperty.call(message, "completionTime"))
                        object.completionTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.toObject(message.completionTime, options, _depth + 1);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.CommandType[message.type] === $undefined ? message.type : $root.sapient_msg.bsi_flex_335_v2_0.Registration.CommandType[message.type] : message.type;
                    return object;
                };

                Command.prototype.toJSON = function() {
                    return Command.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Command;
            })();

            Registration.CommandType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "COMMAND_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "COMMAND_TYPE_REQUEST"] = 1;
                values[valuesById[2] = "COMMAND_TYPE_DETECTION_THRESHOLD"] = 2;
                values[valuesById[3] = "COMMAND_TYPE_DETECTION_REPORT_RATE"] = 3;
                values[valuesById[4] = "COMMAND_TYPE_CLASSIFICATION_THRESHOLD"] = 4;
                values[valuesById[5] = "COMMAND_TYPE_MODE_CHANGE"] = 5;
                values[valuesById[6] = "COMMAND_TYPE_LOOK_AT"] = 6;
                values[valuesById[7] = "COMMAND_TYPE_MOVE_TO"] = 7;
                values[valuesById[8] = "COMMAND_TYPE_PATROL"] = 8;
                values[valuesById[9] = "COMMAND_TYPE_FOLLOW"] = 9;
                return values;
            })();

            Registration.RegionDefinition = (function() {

                const RegionDefinition = function (properties) {
                    this.regionType = [];
                    this.regionArea = [];
                    this.classFilterDefinition = [];
                    this.behaviourFilterDefinition = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                RegionDefinition.prototype.regionType = $util.emptyArray;
                RegionDefinition.prototype.settleTime = null;
                RegionDefinition.prototype.regionArea = $util.emptyArray;
                RegionDefinition.prototype.classFilterDefinition = $util.emptyArray;
                RegionDefinition.prototype.behaviourFilterDefinition = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(RegionDefinition.prototype, "_settleTime", {
                    get: $util.oneOfGetter($oneOfFields = ["settleTime"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                RegionDefinition.create = function(properties) {
                    return new RegionDefinition(properties);
                };

                RegionDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.regionType != null && message.regionType.length)
                        writer.uint32(10).int32s(message.regionType);
                    if (message.settleTime != null && $Object.hasOwnProperty.call(message, "settleTime"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.encode(message.settleTime, writer.uint32(18).fork(), _depth + 1).ldelim();
                    if (message.regionArea != null && message.regionArea.length)
                        for (let i = 0; i < message.regionArea.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.encode(message.regionArea[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.classFilterDefinition != null && message.classFilterDefinition.length)
                        for (let i = 0; i < message.classFilterDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.encode(message.classFilterDefinition[i], writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.behaviourFilterDefinition != null && message.behaviourFilterDefinition.length)
                        for (let i = 0; i < message.behaviourFilterDefinition.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.encode(message.behaviourFilterDefinition[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                RegionDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                RegionDefinition.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition();
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
                                if (wireType === 2) {
                                    if (!(message.regionType && message.regionType.length))
                                        message.regionType = [];
                                    reader.int32s(message.regionType);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.regionType && message.regionType.length))
                                    message.regionType = [];
                                message.regionType.push(reader.int32());
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.settleTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.decode(reader, reader.size(), $undefined, _depth + 1, message.settleTime);
                                message._settleTime = "settleTime";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.regionArea && message.regionArea.length))
                                    message.regionArea = [];
                                message.regionArea.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.classFilterDefinition && message.classFilterDefinition.length))
                                    message.classFilterDefinition = [];
                                message.classFilterDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.behaviourFilterDefinition && message.behaviourFilterDefinition.length))
                                    message.behaviourFilterDefinition = [];
                                message.behaviourFilterDefinition.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.decode(reader, reader.size(), $undefined, _depth + 1));
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

                RegionDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                RegionDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.regionType != null && $Object.hasOwnProperty.call(message, "regionType")) {
                        if (!$Array.isArray(message.regionType))
                            return "regionType: array expected";
                        for (let i = 0; i < message.regionType.length; ++i)
                            if (typeof message.regionType[i] !== "number" || (message.regionType[i] | 0) !== message.regionType[i])
                                return "regionType: enum value[] expected";
                    }
                    if (message.settleTime != null && $Object.hasOwnProperty.call(message, "settleTime")) {
                        properties._settleTime = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify(message.settleTime, _depth + 1);
                            if (error)
                                return "settleTime." + error;
                        }
                    }
                    if (message.regionArea != null && $Object.hasOwnProperty.call(message, "regionArea")) {
                        if (!$Array.isArray(message.regionArea))
                            return "regionArea: array expected";
                        for (let i = 0; i < message.regionArea.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify(message.regionArea[i], _depth + 1);
                            if (error)
                                return "regionArea." + error;
                        }
                    }
                    if (message.classFilterDefinition != null && $Object.hasOwnProperty.call(message, "classFilterDefinition")) {
                        if (!$Array.isArray(message.classFilterDefinition))
                            return "classFilterDefinition: array expected";
                        for (let i = 0; i < message.classFilterDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.verify(message.classFilterDefinition[i], _depth + 1);
                            if (error)
                                return "classFilterDefinition." + error;
                        }
                    }
                    if (message.behaviourFilterDefinition != null && $Object.hasOwnProperty.call(message, "behaviourFilterDefinition")) {
                        if (!$Array.isArray(message.behaviourFilterDefinition))
                            return "behaviourFilterDefinition: array expected";
                        for (let i = 0; i < message.behaviourFilterDefinition.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.verify(message.behaviourFilterDefinition[i], _depth + 1);
                            if (error)
                                return "behaviourFilterDefinition." + error;
                        }
                    }
                    return null;
                };

                RegionDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition();
                    if (object.regionType) {
                        if (!$Array.isArray(object.regionType))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.regionType: array expected");
                        message.regionType = [];
                        for (let i = 0; i < object.regionType.length; ++i)
                            switch (object.regionType[i]) {
                            case "REGION_TYPE_UNSPECIFIED":
                            case 0:
                                message.regionType[message.regionType.length] = 0;
                                break;
                            case "REGION_TYPE_AREA_OF_INTEREST":
                            case 1:
                                message.regionType[message.regionType.length] = 1;
                                break;
                            case "REGION_TYPE_IGNORE":
                            case 2:
                                message.regionType[message.regionType.length] = 2;
                                break;
                            case "REGION_TYPE_BOUNDARY":
                            case 3:
                                message.regionType[message.regionType.length] = 3;
                                break;
                            case "REGION_TYPE_MOBILE_NODE_NO_GO_AREA":
                            case 4:
                                message.regionType[message.regionType.length] = 4;
                                break;
                            case "REGION_TYPE_MOBILE_NODE_GO_AREA":
                            case 5:
                                message.regionType[message.regionType.length] = 5;
                                break;
                            default:
                                if (typeof object.regionType[i] === "number" && (object.regionType[i] | 0) === object.regionType[i])
                                    message.regionType[message.regionType.length] = object.regionType[i];
                            }
                    }
                    if (object.settleTime != null) {
                        if (!$util.isObject(object.settleTime))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.settleTime: object expected");
                        message.settleTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.fromObject(object.settleTime, _depth + 1);
                    }
                    if (object.regionArea) {
                        if (!$Array.isArray(object.regionArea))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.regionArea: array expected");
                        message.regionArea = $Array(object.regionArea.length);
                        for (let i = 0; i < object.regionArea.length; ++i) {
                            if (!$util.isObject(object.regionArea[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.regionArea: object expected");
                            message.regionArea[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.fromObject(object.regionArea[i], _depth + 1);
                        }
                    }
                    if (object.classFilterDefinition) {
                        if (!$Array.isArray(object.classFilterDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.classFilterDefinition: array expected");
                        message.classFilterDefinition = $Array(object.classFilterDefinition.length);
                        for (let i = 0; i < object.classFilterDefinition.length; ++i) {
                            if (!$util.isObject(object.classFilterDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.classFilterDefinition: object expected");
                            message.classFilterDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.fromObject(object.classFilterDefinition[i], _depth + 1);
                        }
                    }
                    if (object.behaviourFilterDefinition) {
                        if (!$Array.isArray(object.behaviourFilterDefinition))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.behaviourFilterDefinition: array expected");
                        message.behaviourFilterDefinition = $Array(object.behaviourFilterDefinition.length);
                        for (let i = 0; i < object.behaviourFilterDefinition.length; ++i) {
                            if (!$util.isObject(object.behaviourFilterDefinition[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.behaviourFilterDefinition: object expected");
                            message.behaviourFilterDefinition[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.fromObject(object.behaviourFilterDefinition[i], _depth + 1);
                        }
                    }
                    return message;
                };

                RegionDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.regionType = [];
                        object.regionArea = [];
                        object.classFilterDefinition = [];
                        object.behaviourFilterDefinition = [];
                    }
                    if (message.regionType && message.regionType.length) {
                        object.regionType = $Array(message.regionType.length);
                        for (let j = 0; j < message.regionType.length; ++j)
                            object.regionType[j] = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionType[message.regionType[j]] === $undefined ? message.regionType[j] : $root.sapient_msg.bsi_flex_335_v2_0.Registration.RegionType[message.regionType[j]] : message.regionType[j];
                    }
                    if (message.settleTime != null && $Object.hasOwnProperty.call(message, "settleTime"))
                        object.settleTime = $root.sapient_msg.bsi_flex_335_v2_0.Registration.Duration.toObject(message.settleTime, options, _depth + 1);
                    if (message.regionArea && message.regionArea.length) {
                        object.regionArea = $Array(message.regionArea.length);
                        for (let j = 0; j < message.regionArea.length; ++j)
                            object.regionArea[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.toObject(message.regionArea[j], options, _depth + 1);
                    }
                    if (message.classFilterDefinition && message.classFilterDefinition.length) {
                        object.classFilterDefinition = $Array(message.classFilterDefinition.length);
                        for (let j = 0; j < message.classFilterDefinition.length; ++j)
                            object.classFilterDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.toObject(message.classFilterDefinition[j], options, _depth + 1);
                    }
                    if (message.behaviourFilterDefinition && message.behaviourFilterDefinition.length) {
                        object.behaviourFilterDefinition = $Array(message.behaviourFilterDefinition.length);
                        for (let j = 0; j < message.behaviourFilterDefinition.length; ++j)
                            object.behaviourFilterDefinition[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.toObject(message.behaviourFilterDefinition[j], options, _depth + 1);
                    }
                    return object;
                };

                RegionDefinition.prototype.toJSON = function() {
                    return RegionDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return RegionDefinition;
            })();

            Registration.RegionType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REGION_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REGION_TYPE_AREA_OF_INTEREST"] = 1;
                values[valuesById[2] = "REGION_TYPE_IGNORE"] = 2;
                values[valuesById[3] = "REGION_TYPE_BOUNDARY"] = 3;
                values[valuesById[4] = "REGION_TYPE_MOBILE_NODE_NO_GO_AREA"] = 4;
                values[valuesById[5] = "REGION_TYPE_MOBILE_NODE_GO_AREA"] = 5;
                return values;
            })();

            Registration.TaxonomyDockDefinition = (function() {

                const TaxonomyDockDefinition = function (properties) {
                    this.ExtensionSubclass = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                TaxonomyDockDefinition.prototype.DockClassNamespace = null;
                TaxonomyDockDefinition.prototype.DockClass = null;
                TaxonomyDockDefinition.prototype.ExtensionSubclass = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TaxonomyDockDefinition.prototype, "_DockClassNamespace", {
                    get: $util.oneOfGetter($oneOfFields = ["DockClassNamespace"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TaxonomyDockDefinition.prototype, "_DockClass", {
                    get: $util.oneOfGetter($oneOfFields = ["DockClass"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                TaxonomyDockDefinition.create = function(properties) {
                    return new TaxonomyDockDefinition(properties);
                };

                TaxonomyDockDefinition.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.DockClassNamespace != null && $Object.hasOwnProperty.call(message, "DockClassNamespace"))
                        writer.uint32(10).string(message.DockClassNamespace);
                    if (message.DockClass != null && $Object.hasOwnProperty.call(message, "DockClass"))
                        writer.uint32(18).string(message.DockClass);
                    if (message.ExtensionSubclass != null && message.ExtensionSubclass.length)
                        for (let i = 0; i < message.ExtensionSubclass.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.encode(message.ExtensionSubclass[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                TaxonomyDockDefinition.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                TaxonomyDockDefinition.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition();
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
                                message.DockClassNamespace = reader.stringVerify();
                                message._DockClassNamespace = "DockClassNamespace";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.DockClass = reader.stringVerify();
                                message._DockClass = "DockClass";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.ExtensionSubclass && message.ExtensionSubclass.length))
                                    message.ExtensionSubclass = [];
                                message.ExtensionSubclass.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.decode(reader, reader.size(), $undefined, _depth + 1));
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

                TaxonomyDockDefinition.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                TaxonomyDockDefinition.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.DockClassNamespace != null && $Object.hasOwnProperty.call(message, "DockClassNamespace")) {
                        properties._DockClassNamespace = 1;
                        if (!$util.isString(message.DockClassNamespace))
                            return "DockClassNamespace: string expected";
                    }
                    if (message.DockClass != null && $Object.hasOwnProperty.call(message, "DockClass")) {
                        properties._DockClass = 1;
                        if (!$util.isString(message.DockClass))
                            return "DockClass: string expected";
                    }
                    if (message.ExtensionSubclass != null && $Object.hasOwnProperty.call(message, "ExtensionSubclass")) {
                        if (!$Array.isArray(message.ExtensionSubclass))
                            return "ExtensionSubclass: array expected";
                        for (let i = 0; i < message.ExtensionSubclass.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.verify(message.ExtensionSubclass[i], _depth + 1);
                            if (error)
                                return "ExtensionSubclass." + error;
                        }
                    }
                    return null;
                };

                TaxonomyDockDefinition.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition();
                    if (object.DockClassNamespace != null)
                        message.DockClassNamespace = $String(object.DockClassNamespace);
                    if (object.DockClass != null)
                        message.DockClass = $String(object.DockClass);
                    if (object.ExtensionSubclass) {
                        if (!$Array.isArray(object.ExtensionSubclass))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.ExtensionSubclass: array expected");
                        message.ExtensionSubclass = $Array(object.ExtensionSubclass.length);
                        for (let i = 0; i < object.ExtensionSubclass.length; ++i) {
                            if (!$util.isObject(object.ExtensionSubclass[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.ExtensionSubclass: object expected");
                            message.ExtensionSubclass[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.fromObject(object.ExtensionSubclass[i], _depth + 1);
                        }
                    }
                    return message;
                };

                TaxonomyDockDefinition.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.ExtensionSubclass = [];
                    if (message.DockClassNamespace != null && $Object.hasOwnProperty.call(message, "DockClassNamespace"))
                        object.DockClassNamespace = message.DockClassNamespace;
                    if (message.DockClass != null && $Object.hasOwnProperty.call(message, "DockClass"))
                        object.DockClass = message.DockClass;
                    if (message.ExtensionSubclass && message.ExtensionSubclass.length) {
                        object.ExtensionSubclass = $Array(message.ExtensionSubclass.length);
                        for (let j = 0; j < message.ExtensionSubclass.length; ++j)
                            object.ExtensionSubclass[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.toObject(message.ExtensionSubclass[j], options, _depth + 1);
                    }
                    return object;
                };

                TaxonomyDockDefinition.prototype.toJSON = function() {
                    return TaxonomyDockDefinition.toObject(this, $protobuf.util.toJSONOptions);
                };

                return TaxonomyDockDefinition;
            })();

            Registration.ExtensionSubclass = (function() {

                const ExtensionSubclass = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ExtensionSubclass.prototype.SubclassNamespace = null;
                ExtensionSubclass.prototype.SubclassName = null;
                ExtensionSubclass.prototype.units = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ExtensionSubclass.prototype, "_SubclassNamespace", {
                    get: $util.oneOfGetter($oneOfFields = ["SubclassNamespace"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ExtensionSubclass.prototype, "_SubclassName", {
                    get: $util.oneOfGetter($oneOfFields = ["SubclassName"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ExtensionSubclass.prototype, "_units", {
                    get: $util.oneOfGetter($oneOfFields = ["units"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ExtensionSubclass.create = function(properties) {
                    return new ExtensionSubclass(properties);
                };

                ExtensionSubclass.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.SubclassNamespace != null && $Object.hasOwnProperty.call(message, "SubclassNamespace"))
                        writer.uint32(10).string(message.SubclassNamespace);
                    if (message.SubclassName != null && $Object.hasOwnProperty.call(message, "SubclassName"))
                        writer.uint32(18).string(message.SubclassName);
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        writer.uint32(26).string(message.units);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ExtensionSubclass.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ExtensionSubclass.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass();
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
                                message.SubclassNamespace = reader.stringVerify();
                                message._SubclassNamespace = "SubclassNamespace";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.SubclassName = reader.stringVerify();
                                message._SubclassName = "SubclassName";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.units = reader.stringVerify();
                                message._units = "units";
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

                ExtensionSubclass.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ExtensionSubclass.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.SubclassNamespace != null && $Object.hasOwnProperty.call(message, "SubclassNamespace")) {
                        properties._SubclassNamespace = 1;
                        if (!$util.isString(message.SubclassNamespace))
                            return "SubclassNamespace: string expected";
                    }
                    if (message.SubclassName != null && $Object.hasOwnProperty.call(message, "SubclassName")) {
                        properties._SubclassName = 1;
                        if (!$util.isString(message.SubclassName))
                            return "SubclassName: string expected";
                    }
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units")) {
                        properties._units = 1;
                        if (!$util.isString(message.units))
                            return "units: string expected";
                    }
                    return null;
                };

                ExtensionSubclass.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass();
                    if (object.SubclassNamespace != null)
                        message.SubclassNamespace = $String(object.SubclassNamespace);
                    if (object.SubclassName != null)
                        message.SubclassName = $String(object.SubclassName);
                    if (object.units != null)
                        message.units = $String(object.units);
                    return message;
                };

                ExtensionSubclass.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.SubclassNamespace != null && $Object.hasOwnProperty.call(message, "SubclassNamespace"))
                        object.SubclassNamespace = message.SubclassNamespace;
                    if (message.SubclassName != null && $Object.hasOwnProperty.call(message, "SubclassName"))
                        object.SubclassName = message.SubclassName;
                    if (message.units != null && $Object.hasOwnProperty.call(message, "units"))
                        object.units = message.units;
                    return object;
                };

                ExtensionSubclass.prototype.toJSON = function() {
                    return ExtensionSubclass.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ExtensionSubclass;
            })();

            Registration.ConfigurationData = (function() {

                const ConfigurationData = function (properties) {
                    this.subComponents = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ConfigurationData.prototype.manufacturer = "";
                ConfigurationData.prototype.model = "";
                ConfigurationData.prototype.serialNumber = null;
                ConfigurationData.prototype.hardwareVersion = null;
                ConfigurationData.prototype.softwareVersion = null;
                ConfigurationData.prototype.subComponents = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ConfigurationData.prototype, "_serialNumber", {
                    get: $util.oneOfGetter($oneOfFields = ["serialNumber"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ConfigurationData.prototype, "_hardwareVersion", {
                    get: $util.oneOfGetter($oneOfFields = ["hardwareVersion"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ConfigurationData.prototype, "_softwareVersion", {
                    get: $util.oneOfGetter($oneOfFields = ["softwareVersion"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ConfigurationData.create = function(properties) {
                    return new ConfigurationData(properties);
                };

                ConfigurationData.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.manufacturer != null && $Object.hasOwnProperty.call(message, "manufacturer") && message.manufacturer !== "")
                        writer.uint32(10).string(message.manufacturer);
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model") && message.model !== "")
                        writer.uint32(18).string(message.model);
                    if (message.serialNumber != null && $Object.hasOwnProperty.call(message, "serialNumber"))
                        writer.uint32(26).string(message.serialNumber);
                    if (message.hardwareVersion != null && $Object.hasOwnProperty.call(message, "hardwareVersion"))
                        writer.uint32(34).string(message.hardwareVersion);
                    if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion"))
                        writer.uint32(42).string(message.softwareVersion);
                    if (message.subComponents != null && message.subComponents.length)
                        for (let i = 0; i < message.subComponents.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.encode(message.subComponents[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ConfigurationData.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ConfigurationData.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData();
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
                                    message.manufacturer = value;
                                else
                                    delete message.manufacturer;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.model = value;
                                else
                                    delete message.model;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.serialNumber = reader.stringVerify();
                                message._serialNumber = "serialNumber";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.hardwareVersion = reader.stringVerify();
                                message._hardwareVersion = "hardwareVersion";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.softwareVersion = reader.stringVerify();
                                message._softwareVersion = "softwareVersion";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subComponents && message.subComponents.length))
                                    message.subComponents = [];
                                message.subComponents.push($root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.decode(reader, reader.size(), $undefined, _depth + 1));
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

                ConfigurationData.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ConfigurationData.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.manufacturer != null && $Object.hasOwnProperty.call(message, "manufacturer"))
                        if (!$util.isString(message.manufacturer))
                            return "manufacturer: string expected";
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                        if (!$util.isString(message.model))
                            return "model: string expected";
                    if (message.serialNumber != null && $Object.hasOwnProperty.call(message, "serialNumber")) {
                        properties._serialNumber = 1;
                        if (!$util.isString(message.serialNumber))
                            return "serialNumber: string expected";
                    }
                    if (message.hardwareVersion != null && $Object.hasOwnProperty.call(message, "hardwareVersion")) {
                        properties._hardwareVersion = 1;
                        if (!$util.isString(message.hardwareVersion))
                            return "hardwareVersion: string expected";
                    }
                    if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion")) {
                        properties._softwareVersion = 1;
                        if (!$util.isString(message.softwareVersion))
                            return "softwareVersion: string expected";
                    }
                    if (message.subComponents != null && $Object.hasOwnProperty.call(message, "subComponents")) {
                        if (!$Array.isArray(message.subComponents))
                            return "subComponents: array expected";
                        for (let i = 0; i < message.subComponents.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.verify(message.subComponents[i], _depth + 1);
                            if (error)
                                return "subComponents." + error;
                        }
                    }
                    return null;
                };

                ConfigurationData.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData();
                    if (object.manufacturer != null)
                        if (typeof object.manufacturer !== "string" || object.manufacturer.length)
                            message.manufacturer = $String(object.manufacturer);
                    if (object.model != null)
                        if (typeof object.model !== "string" || object.model.length)
                            message.model = $String(object.model);
                    if (object.serialNumber != null)
                        message.serialNumber = $String(object.serialNumber);
                    if (object.hardwareVersion != null)
                        message.hardwareVersion = $String(object.hardwareVersion);
                    if (object.softwareVersion != null)
                        message.softwareVersion = $String(object.softwareVersion);
                    if (object.subComponents) {
                        if (!$Array.isArray(object.subComponents))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.subComponents: array expected");
                        message.subComponents = $Array(object.subComponents.length);
                        for (let i = 0; i < object.subComponents.length; ++i) {
                            if (!$util.isObject(object.subComponents[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.subComponents: object expected");
                            message.subComponents[i] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.fromObject(object.subComponents[i], _depth + 1);
                        }
                    }
                    return message;
                };

                ConfigurationData.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subComponents = [];
                    if (options.defaults) {
                        object.manufacturer = "";
                        object.model = "";
                    }
                    if (message.manufacturer != null && $Object.hasOwnProperty.call(message, "manufacturer"))
                        object.manufacturer = message.manufacturer;
                    if (message.model != null && $Object.hasOwnProperty.call(message, "model"))
                        object.model = message.model;
                    if (message.serialNumber != null && $Object.hasOwnProperty.call(message, "serialNumber"))
                        object.serialNumber = message.serialNumber;
                    if (message.hardwareVersion != null && $Object.hasOwnProperty.call(message, "hardwareVersion"))
                        object.hardwareVersion = message.hardwareVersion;
                    if (message.softwareVersion != null && $Object.hasOwnProperty.call(message, "softwareVersion"))
                        object.softwareVersion = message.softwareVersion;
                    if (message.subComponents && message.subComponents.length) {
                        object.subComponents = $Array(message.subComponents.length);
                        for (let j = 0; j < message.subComponents.length; ++j)
                            object.subComponents[j] = $root.sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.toObject(message.subComponents[j], options, _depth + 1);
                    }
                    return object;
                };

                ConfigurationData.prototype.toJSON = function() {
                    return ConfigurationData.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ConfigurationData;
            })();

            return Registration;
        })();

        bsi_flex_335_v2_0.RegistrationAck = (function() {

            const RegistrationAck = function (properties) {
                this.ackResponseReason = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            RegistrationAck.prototype.acceptance = null;
            RegistrationAck.prototype.ackResponseReason = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(RegistrationAck.prototype, "_acceptance", {
                get: $util.oneOfGetter($oneOfFields = ["acceptance"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            RegistrationAck.create = function(properties) {
                return new RegistrationAck(properties);
            };

            RegistrationAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.acceptance != null && $Object.hasOwnProperty.call(message, "acceptance"))
                    writer.uint32(8).bool(message.acceptance);
                if (message.ackResponseReason != null && message.ackResponseReason.length)
                    for (let i = 0; i < message.ackResponseReason.length; ++i)
                        writer.uint32(26).string(message.ackResponseReason[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            RegistrationAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            RegistrationAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck();
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
                            message.acceptance = reader.bool();
                            message._acceptance = "acceptance";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ackResponseReason && message.ackResponseReason.length))
                                message.ackResponseReason = [];
                            message.ackResponseReason.push(reader.stringVerify());
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

            RegistrationAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            RegistrationAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.acceptance != null && $Object.hasOwnProperty.call(message, "acceptance")) {
                    properties._acceptance = 1;
                    if (typeof message.acceptance !== "boolean")
                        return "acceptance: boolean expected";
                }
                if (message.ackResponseReason != null && $Object.hasOwnProperty.call(message, "ackResponseReason")) {
                    if (!$Array.isArray(message.ackResponseReason))
                        return "ackResponseReason: array expected";
                    for (let i = 0; i < message.ackResponseReason.length; ++i)
                        if (!$util.isString(message.ackResponseReason[i]))
                            return "ackResponseReason: string[] expected";
                }
                return null;
            };

            RegistrationAck.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.RegistrationAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck();
                if (object.acceptance != null)
                    message.acceptance = $Boolean(object.acceptance);
                if (object.ackResponseReason) {
                    if (!$Array.isArray(object.ackResponseReason))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.RegistrationAck.ackResponseReason: array expected");
                    message.ackResponseReason = $Array(object.ackResponseReason.length);
                    for (let i = 0; i < object.ackResponseReason.length; ++i)
                        message.ackResponseReason[i] = $String(object.ackResponseReason[i]);
                }
                return message;
            };

            RegistrationAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.ackResponseReason = [];
                if (message.acceptance != null && $Object.hasOwnProperty.call(message, "acceptance"))
                    object.acceptance = message.acceptance;
                if (message.ackResponseReason && message.ackResponseReason.length) {
                    object.ackResponseReason = $Array(message.ackResponseReason.length);
                    for (let j = 0; j < message.ackResponseReason.length; ++j)
                        object.ackResponseReason[j] = message.ackResponseReason[j];
                }
                return object;
            };

            RegistrationAck.prototype.toJSON = function() {
                return RegistrationAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            return RegistrationAck;
        })();

        bsi_flex_335_v2_0.SapientMessage = (function() {

            const SapientMessage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            SapientMessage.prototype.timestamp = null;
            SapientMessage.prototype.nodeId = null;
            SapientMessage.prototype.destinationId = null;
            SapientMessage.prototype.registration = null;
            SapientMessage.prototype.registrationAck = null;
            SapientMessage.prototype.statusReport = null;
            SapientMessage.prototype.detectionReport = null;
            SapientMessage.prototype.task = null;
            SapientMessage.prototype.taskAck = null;
            SapientMessage.prototype.alert = null;
            SapientMessage.prototype.alertAck = null;
            SapientMessage.prototype.error = null;
            SapientMessage.prototype.additionalInformation = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SapientMessage.prototype, "_timestamp", {
                get: $util.oneOfGetter($oneOfFields = ["timestamp"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SapientMessage.prototype, "_nodeId", {
                get: $util.oneOfGetter($oneOfFields = ["nodeId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SapientMessage.prototype, "_destinationId", {
                get: $util.oneOfGetter($oneOfFields = ["destinationId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            $Object.defineProperty(SapientMessage.prototype, "content", {
                get: $util.oneOfGetter($oneOfFields = ["registration", "registrationAck", "statusReport", "detectionReport", "task", "taskAck", "alert", "alertAck", "error"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(SapientMessage.prototype, "_additionalInformation", {
                get: $util.oneOfGetter($oneOfFields = ["additionalInformation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            SapientMessage.create = function(properties) {
                return new SapientMessage(properties);
            };

            SapientMessage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    $root.google.protobuf.Timestamp.encode(message.timestamp, writer.uint32(10).fork(), _depth + 1).ldelim();
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    writer.uint32(18).string(message.nodeId);
                if (message.destinationId != null && $Object.hasOwnProperty.call(message, "destinationId"))
                    writer.uint32(26).string(message.destinationId);
                if (message.registration != null && $Object.hasOwnProperty.call(message, "registration"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Registration.encode(message.registration, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.registrationAck != null && $Object.hasOwnProperty.call(message, "registrationAck"))
                    $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck.encode(message.registrationAck, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport"))
                    $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.encode(message.statusReport, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.detectionReport != null && $Object.hasOwnProperty.call(message, "detectionReport"))
                    $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.encode(message.detectionReport, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.task != null && $Object.hasOwnProperty.call(message, "task"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Task.encode(message.task, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.taskAck != null && $Object.hasOwnProperty.call(message, "taskAck"))
                    $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.encode(message.taskAck, writer.uint32(74).fork(), _depth + 1).ldelim();
                if (message.alert != null && $Object.hasOwnProperty.call(message, "alert"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Alert.encode(message.alert, writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.alertAck != null && $Object.hasOwnProperty.call(message, "alertAck"))
                    $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.encode(message.alertAck, writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Error.encode(message.error, writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.additionalInformation != null && $Object.hasOwnProperty.call(message, "additionalInformation"))
                    writer.uint32(106).string(message.additionalInformation);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            SapientMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            SapientMessage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.SapientMessage();
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
                            message.timestamp = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.timestamp);
                            message._timestamp = "timestamp";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.nodeId = reader.stringVerify();
                            message._nodeId = "nodeId";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.destinationId = reader.stringVerify();
                            message._destinationId = "destinationId";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.registration = $root.sapient_msg.bsi_flex_335_v2_0.Registration.decode(reader, reader.size(), $undefined, _depth + 1, message.registration);
                            message.content = "registration";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.registrationAck = $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck.decode(reader, reader.size(), $undefined, _depth + 1, message.registrationAck);
                            message.content = "registrationAck";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.statusReport = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.decode(reader, reader.size(), $undefined, _depth + 1, message.statusReport);
                            message.content = "statusReport";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.detectionReport = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.decode(reader, reader.size(), $undefined, _depth + 1, message.detectionReport);
                            message.content = "detectionReport";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.task = $root.sapient_msg.bsi_flex_335_v2_0.Task.decode(reader, reader.size(), $undefined, _depth + 1, message.task);
                            message.content = "task";
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.taskAck = $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.decode(reader, reader.size(), $undefined, _depth + 1, message.taskAck);
                            message.content = "taskAck";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            message.alert = $root.sapient_msg.bsi_flex_335_v2_0.Alert.decode(reader, reader.size(), $undefined, _depth + 1, message.alert);
                            message.content = "alert";
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            message.alertAck = $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.decode(reader, reader.size(), $undefined, _depth + 1, message.alertAck);
                            message.content = "alertAck";
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            message.error = $root.sapient_msg.bsi_flex_335_v2_0.Error.decode(reader, reader.size(), $undefined, _depth + 1, message.error);
                            message.content = "error";
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.additionalInformation = reader.stringVerify();
                            message._additionalInformation = "additionalInformation";
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

            SapientMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            SapientMessage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp")) {
                    properties._timestamp = 1;
                    {
                        let error = $root.google.protobuf.Timestamp.verify(message.timestamp, _depth + 1);
                        if (error)
                            return "timestamp." + error;
                    }
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId")) {
                    properties._nodeId = 1;
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                }
                if (message.destinationId != null && $Object.hasOwnProperty.call(message, "destinationId")) {
                    properties._destinationId = 1;
                    if (!$util.isString(message.destinationId))
                        return "destinationId: string expected";
                }
                if (message.registration != null && $Object.hasOwnProperty.call(message, "registration")) {
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Registration.verify(message.registration, _depth + 1);
                        if (error)
                            return "registration." + error;
                    }
                }
                if (message.registrationAck != null && $Object.hasOwnProperty.call(message, "registrationAck")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck.verify(message.registrationAck, _depth + 1);
                        if (error)
                            return "registrationAck." + error;
                    }
                }
                if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.verify(message.statusReport, _depth + 1);
                        if (error)
                            return "statusReport." + error;
                    }
                }
                if (message.detectionReport != null && $Object.hasOwnProperty.call(message, "detectionReport")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.verify(message.detectionReport, _depth + 1);
                        if (error)
                            return "detectionReport." + error;
                    }
                }
                if (message.task != null && $Object.hasOwnProperty.call(message, "task")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.verify(message.task, _depth + 1);
                        if (error)
                            return "task." + error;
                    }
                }
                if (message.taskAck != null && $Object.hasOwnProperty.call(message, "taskAck")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.verify(message.taskAck, _depth + 1);
                        if (error)
                            return "taskAck." + error;
                    }
                }
                if (message.alert != null && $Object.hasOwnProperty.call(message, "alert")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Alert.verify(message.alert, _depth + 1);
                        if (error)
                            return "alert." + error;
                    }
                }
                if (message.alertAck != null && $Object.hasOwnProperty.call(message, "alertAck")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.verify(message.alertAck, _depth + 1);
                        if (error)
                            return "alertAck." + error;
                    }
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    if (properties.content === 1)
                        return "content: multiple values";
                    properties.content = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Error.verify(message.error, _depth + 1);
                        if (error)
                            return "error." + error;
                    }
                }
                if (message.additionalInformation != null && $Object.hasOwnProperty.call(message, "additionalInformation")) {
                    properties._additionalInformation = 1;
                    if (!$util.isString(message.additionalInformation))
                        return "additionalInformation: string expected";
                }
                return null;
            };

            SapientMessage.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.SapientMessage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.SapientMessage();
                if (object.timestamp != null) {
                    if (!$util.isObject(object.timestamp))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.timestamp: object expected");
                    message.timestamp = $root.google.protobuf.Timestamp.fromObject(object.timestamp, _depth + 1);
                }
                if (object.nodeId != null)
                    message.nodeId = $String(object.nodeId);
                if (object.destinationId != null)
                    message.destinationId = $String(object.destinationId);
                if (object.registration != null) {
                    if (!$util.isObject(object.registration))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.registration: object expected");
                    message.registration = $root.sapient_msg.bsi_flex_335_v2_0.Registration.fromObject(object.registration, _depth + 1);
                }
                if (object.registrationAck != null) {
                    if (!$util.isObject(object.registrationAck))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.registrationAck: object expected");
                    message.registrationAck = $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck.fromObject(object.registrationAck, _depth + 1);
                }
                if (object.statusReport != null) {
                    if (!$util.isObject(object.statusReport))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.statusReport: object expected");
                    message.statusReport = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.fromObject(object.statusReport, _depth + 1);
                }
                if (object.detectionReport != null) {
                    if (!$util.isObject(object.detectionReport))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.detectionReport: object expected");
                    message.detectionReport = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.fromObject(object.detectionReport, _depth + 1);
                }
                if (object.task != null) {
                    if (!$util.isObject(object.task))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.task: object expected");
                    message.task = $root.sapient_msg.bsi_flex_335_v2_0.Task.fromObject(object.task, _depth + 1);
                }
                if (object.taskAck != null) {
                    if (!$util.isObject(object.taskAck))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.taskAck: object expected");
                    message.taskAck = $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.fromObject(object.taskAck, _depth + 1);
                }
                if (object.alert != null) {
                    if (!$util.isObject(object.alert))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.alert: object expected");
                    message.alert = $root.sapient_msg.bsi_flex_335_v2_0.Alert.fromObject(object.alert, _depth + 1);
                }
                if (object.alertAck != null) {
                    if (!$util.isObject(object.alertAck))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.alertAck: object expected");
                    message.alertAck = $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.fromObject(object.alertAck, _depth + 1);
                }
                if (object.error != null) {
                    if (!$util.isObject(object.error))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.SapientMessage.error: object expected");
                    message.error = $root.sapient_msg.bsi_flex_335_v2_0.Error.fromObject(object.error, _depth + 1);
                }
                if (object.additionalInformation != null)
                    message.additionalInformation = $String(object.additionalInformation);
                return message;
            };

            SapientMessage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                    object.timestamp = $root.google.protobuf.Timestamp.toObject(message.timestamp, options, _depth + 1);
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.destinationId != null && $Object.hasOwnProperty.call(message, "destinationId"))
                    object.destinationId = message.destinationId;
                if (message.registration != null && $Object.hasOwnProperty.call(message, "registration")) {
                    object.registration = $root.sapient_msg.bsi_flex_335_v2_0.Registration.toObject(message.registration, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "registration";
                }
                if (message.registrationAck != null && $Object.hasOwnProperty.call(message, "registrationAck")) {
                    object.registrationAck = $root.sapient_msg.bsi_flex_335_v2_0.RegistrationAck.toObject(message.registrationAck, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "registrationAck";
                }
                if (message.statusReport != null && $Object.hasOwnProperty.call(message, "statusReport")) {
                    object.statusReport = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.toObject(message.statusReport, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "statusReport";
                }
                if (message.detectionReport != null && $Object.hasOwnProperty.call(message, "detectionReport")) {
                    object.detectionReport = $root.sapient_msg.bsi_flex_335_v2_0.DetectionReport.toObject(message.detectionReport, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "detectionReport";
                }
                if (message.task != null && $Object.hasOwnProperty.call(message, "task")) {
                    object.task = $root.sapient_msg.bsi_flex_335_v2_0.Task.toObject(message.task, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "task";
                }
                if (message.taskAck != null && $Object.hasOwnProperty.call(message, "taskAck")) {
                    object.taskAck = $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.toObject(message.taskAck, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "taskAck";
                }
                if (message.alert != null && $Object.hasOwnProperty.call(message, "alert")) {
                    object.alert = $root.sapient_msg.bsi_flex_335_v2_0.Alert.toObject(message.alert, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "alert";
                }
                if (message.alertAck != null && $Object.hasOwnProperty.call(message, "alertAck")) {
                    object.alertAck = $root.sapient_msg.bsi_flex_335_v2_0.AlertAck.toObject(message.alertAck, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "alertAck";
                }
                if (message.error != null && $Object.hasOwnProperty.call(message, "error")) {
                    object.error = $root.sapient_msg.bsi_flex_335_v2_0.Error.toObject(message.error, options, _depth + 1);
                    if (options.oneofs)
                        object.content = "error";
                }
                if (message.additionalInformation != null && $Object.hasOwnProperty.call(message, "additionalInformation"))
                    object.additionalInformation = message.additionalInformation;
                return object;
            };

            SapientMessage.prototype.toJSON = function() {
                return SapientMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            return SapientMessage;
        })();

        bsi_flex_335_v2_0.StatusReport = (function() {

            const StatusReport = function (properties) {
                this.obscuration = [];
                this.status = [];
                this.coverage = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            StatusReport.prototype.reportId = null;
            StatusReport.prototype.system = null;
            StatusReport.prototype.info = null;
            StatusReport.prototype.activeTaskId = null;
            StatusReport.prototype.mode = null;
            StatusReport.prototype.power = null;
            StatusReport.prototype.nodeLocation = null;
            StatusReport.prototype.fieldOfView = null;
            StatusReport.prototype.obscuration = $util.emptyArray;
            StatusReport.prototype.status = $util.emptyArray;
            StatusReport.prototype.coverage = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_reportId", {
                get: $util.oneOfGetter($oneOfFields = ["reportId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_system", {
                get: $util.oneOfGetter($oneOfFields = ["system"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_info", {
                get: $util.oneOfGetter($oneOfFields = ["info"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_activeTaskId", {
                get: $util.oneOfGetter($oneOfFields = ["activeTaskId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_mode", {
                get: $util.oneOfGetter($oneOfFields = ["mode"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_power", {
                get: $util.oneOfGetter($oneOfFields = ["power"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_nodeLocation", {
                get: $util.oneOfGetter($oneOfFields = ["nodeLocation"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(StatusReport.prototype, "_fieldOfView", {
                get: $util.oneOfGetter($oneOfFields = ["fieldOfView"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            StatusReport.create = function(properties) {
                return new StatusReport(properties);
            };

            StatusReport.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.reportId != null && $Object.hasOwnProperty.call(message, "reportId"))
                    writer.uint32(10).string(message.reportId);
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    writer.uint32(16).int32(message.system);
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    writer.uint32(24).int32(message.info);
                if (message.activeTaskId != null && $Object.hasOwnProperty.call(message, "activeTaskId"))
                    writer.uint32(34).string(message.activeTaskId);
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    writer.uint32(42).string(message.mode);
                if (message.power != null && $Object.hasOwnProperty.call(message, "power"))
                    $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.encode(message.power, writer.uint32(50).fork(), _depth + 1).ldelim();
                if (message.nodeLocation != null && $Object.hasOwnProperty.call(message, "nodeLocation"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Location.encode(message.nodeLocation, writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.fieldOfView != null && $Object.hasOwnProperty.call(message, "fieldOfView"))
                    $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.encode(message.fieldOfView, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.obscuration != null && message.obscuration.length)
                    for (let i = 0; i < message.obscuration.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.encode(message.obscuration[i], writer.uint32(82).fork(), _depth + 1).ldelim();
                if (message.status != null && message.status.length)
                    for (let i = 0; i < message.status.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.encode(message.status[i], writer.uint32(90).fork(), _depth + 1).ldelim();
                if (message.coverage != null && message.coverage.length)
                    for (let i = 0; i < message.coverage.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.encode(message.coverage[i], writer.uint32(98).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            StatusReport.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            StatusReport.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.StatusReport();
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
                            message.reportId = reader.stringVerify();
                            message._reportId = "reportId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.system = reader.int32();
                            message._system = "system";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            message.info = reader.int32();
                            message._info = "info";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.activeTaskId = reader.stringVerify();
                            message._activeTaskId = "activeTaskId";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.mode = reader.stringVerify();
                            message._mode = "mode";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.power = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.decode(reader, reader.size(), $undefined, _depth + 1, message.power);
                            message._power = "power";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.nodeLocation = $root.sapient_msg.bsi_flex_335_v2_0.Location.decode(reader, reader.size(), $undefined, _depth + 1, message.nodeLocation);
                            message._nodeLocation = "nodeLocation";
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.fieldOfView = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.decode(reader, reader.size(), $undefined, _depth + 1, message.fieldOfView);
                            message._fieldOfView = "fieldOfView";
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if (!(message.obscuration && message.obscuration.length))
                                message.obscuration = [];
                            message.obscuration.push($root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (!(message.status && message.status.length))
                                message.status = [];
                            message.status.push($root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if (!(message.coverage && message.coverage.length))
                                message.coverage = [];
                            message.coverage.push($root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.decode(reader, reader.size(), $undefined, _depth + 1));
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

            StatusReport.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            StatusReport.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.reportId != null && $Object.hasOwnProperty.call(message, "reportId")) {
                    properties._reportId = 1;
                    if (!$util.isString(message.reportId))
                        return "reportId: string expected";
                }
                if (message.system != null && $Object.hasOwnProperty.call(message, "system")) {
                    properties._system = 1;
                    if (typeof message.system !== "number" || (message.system | 0) !== message.system)
                        return "system: enum value expected";
                }
                if (message.info != null && $Object.hasOwnProperty.call(message, "info")) {
                    properties._info = 1;
                    if (typeof message.info !== "number" || (message.info | 0) !== message.info)
                        return "info: enum value expected";
                }
                if (message.activeTaskId != null && $Object.hasOwnProperty.call(message, "activeTaskId")) {
                    properties._activeTaskId = 1;
                    if (!$util.isString(message.activeTaskId))
                        return "activeTaskId: string expected";
                }
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode")) {
                    properties._mode = 1;
                    if (!$util.isString(message.mode))
                        return "mode: string expected";
                }
                if (message.power != null && $Object.hasOwnProperty.call(message, "power")) {
                    properties._power = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.verify(message.power, _depth + 1);
                        if (error)
                            return "power." + error;
                    }
                }
                if (message.nodeLocation != null && $Object.hasOwnProperty.call(message, "nodeLocation")) {
                    properties._nodeLocation = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Location.verify(message.nodeLocation, _depth + 1);
                        if (error)
                            return "nodeLocation." + error;
                    }
                }
                if (message.fieldOfView != null && $Object.hasOwnProperty.call(message, "fieldOfView")) {
                    properties._fieldOfView = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify(message.fieldOfView, _depth + 1);
                        if (error)
                            return "fieldOfView." + error;
                    }
                }
                if (message.obscuration != null && $Object.hasOwnProperty.call(message, "obscuration")) {
                    if (!$Array.isArray(message.obscuration))
                        return "obscuration: array expected";
                    for (let i = 0; i < message.obscuration.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify(message.obscuration[i], _depth + 1);
                        if (error)
                            return "obscuration." + error;
                    }
                }
                if (message.status != null && $Object.hasOwnProperty.call(message, "status")) {
                    if (!$Array.isArray(message.status))
                        return "status: array expected";
                    for (let i = 0; i < message.status.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.verify(message.status[i], _depth + 1);
                        if (error)
                            return "status." + error;
                    }
                }
                if (message.coverage != null && $Object.hasOwnProperty.call(message, "coverage")) {
                    if (!$Array.isArray(message.coverage))
                        return "coverage: array expected";
                    for (let i = 0; i < message.coverage.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify(message.coverage[i], _depth + 1);
                        if (error)
                            return "coverage." + error;
                    }
                }
                return null;
            };

            StatusReport.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.StatusReport)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.StatusReport();
                if (object.reportId != null)
                    message.reportId = $String(object.reportId);
                switch (object.system) {
                case "SYSTEM_UNSPECIFIED":
                case 0:
                    message.system = 0;
                    break;
                case "SYSTEM_OK":
                case 1:
                    message.system = 1;
                    break;
                case "SYSTEM_WARNING":
                case 2:
                    message.system = 2;
                    break;
                case "SYSTEM_ERROR":
                case 3:
                    message.system = 3;
                    break;
                case "SYSTEM_GOODBYE":
                case 5:
                    message.system = 5;
                    break;
                default:
                    if (typeof object.system === "number" && (object.system | 0) === object.system)
                        message.system = object.system;
                }
                switch (object.info) {
                case "INFO_UNSPECIFIED":
                case 0:
                    message.info = 0;
                    break;
                case "INFO_NEW":
                case 1:
                    message.info = 1;
                    break;
                case "INFO_UNCHANGED":
                case 2:
                    message.info = 2;
                    break;
                default:
                    if (typeof object.info === "number" && (object.info | 0) === object.info)
                        message.info = object.info;
                }
                if (object.activeTaskId != null)
                    message.activeTaskId = $String(object.activeTaskId);
                if (object.mode != null)
                    message.mode = $String(object.mode);
                if (object.power != null) {
                    if (!$util.isObject(object.power))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.power: object expected");
                    message.power = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.fromObject(object.power, _depth + 1);
                }
                if (object.nodeLocation != null) {
                    if (!$util.isObject(object.nodeLocation))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.nodeLocation: object expected");
                    message.nodeLocation = $root.sapient_msg.bsi_flex_335_v2_0.Location.fromObject(object.nodeLocation, _depth + 1);
                }
                if (object.fieldOfView != null) {
                    if (!$util.isObject(object.fieldOfView))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.fieldOfView: object expected");
                    message.fieldOfView = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.fromObject(object.fieldOfView, _depth + 1);
                }
                if (object.obscuration) {
                    if (!$Array.isArray(object.obscuration))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.obscuration: array expected");
                    message.obscuration = $Array(object.obscuration.length);
                    for (let i = 0; i < object.obscuration.length; ++i) {
                        if (!$util.isObject(object.obscuration[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.obscuration: object expected");
                        message.obscuration[i] = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.fromObject(object.obscuration[i], _depth + 1);
                    }
                }
                if (object.status) {
                    if (!$Array.isArray(object.status))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.status: array expected");
                    message.status = $Array(object.status.length);
                    for (let i = 0; i < object.status.length; ++i) {
                        if (!$util.isObject(object.status[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.status: object expected");
                        message.status[i] = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.fromObject(object.status[i], _depth + 1);
                    }
                }
                if (object.coverage) {
                    if (!$Array.isArray(object.coverage))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.coverage: array expected");
                    message.coverage = $Array(object.coverage.length);
                    for (let i = 0; i < object.coverage.length; ++i) {
                        if (!$util.isObject(object.coverage[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.coverage: object expected");
                        message.coverage[i] = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.fromObject(object.coverage[i], _depth + 1);
                    }
                }
                return message;
            };

            StatusReport.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.obscuration = [];
                    object.status = [];
                    object.coverage = [];
                }
                if (message.reportId != null && $Object.hasOwnProperty.call(message, "reportId"))
                    object.reportId = message.reportId;
                if (message.system != null && $Object.hasOwnProperty.call(message, "system"))
                    object.system = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.System[message.system] === $undefined ? message.system : $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.System[message.system] : message.system;
                if (message.info != null && $Object.hasOwnProperty.call(message, "info"))
                    object.info = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Info[message.info] === $undefined ? message.info : $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Info[message.info] : message.info;
                if (message.activeTaskId != null && $Object.hasOwnProperty.call(message, "activeTaskId"))
                    object.activeTaskId = message.activeTaskId;
                if (message.mode != null && $Object.hasOwnProperty.call(message, "mode"))
                    object.mode = message.mode;
                if (message.power != null && $Object.hasOwnProperty.call(message, "power"))
                    object.power = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.toObject(message.power, options, _depth + 1);
                if (message.nodeLocation != null && $Object.hasOwnProperty.call(message, "nodeLocation"))
                    object.nodeLocation = $root.sapient_msg.bsi_flex_335_v2_0.Location.toObject(message.nodeLocation, options, _depth + 1);
                if (message.fieldOfView != null && $Object.hasOwnProperty.call(message, "fieldOfView"))
                    object.fieldOfView = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.toObject(message.fieldOfView, options, _depth + 1);
                if (message.obscuration && message.obscuration.length) {
                    object.obscuration = $Array(message.obscuration.length);
                    for (let j = 0; j < message.obscuration.length; ++j)
                        object.obscuration[j] = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.toObject(message.obscuration[j], options, _depth + 1);
                }
                if (message.status && message.status.length) {
                    object.status = $Array(message.status.length);
                    for (let j = 0; j < message.status.length; ++j)
                        object.status[j] = $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.toObject(message.status[j], options, _depth + 1);
                }
                if (message.coverage && message.coverage.length) {
                    object.coverage = $Array(message.coverage.length);
                    for (let j = 0; j < message.coverage.length; ++j)
                        object.coverage[j] = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.toObject(message.coverage[j], options, _depth + 1);
                }
                return object;
            };

            StatusReport.prototype.toJSON = function() {
                return StatusReport.toObject(this, $protobuf.util.toJSONOptions);
            };

            StatusReport.System = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "SYSTEM_UNSPECIFIED"] = 0;
                values[valuesById[1] = "SYSTEM_OK"] = 1;
                values[valuesById[2] = "SYSTEM_WARNING"] = 2;
                values[valuesById[3] = "SYSTEM_ERROR"] = 3;
                values[valuesById[5] = "SYSTEM_GOODBYE"] = 5;
                return values;
            })();

            StatusReport.Power = (function() {

                const Power = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Power.prototype.level = null;
                Power.prototype.source = 0;
                Power.prototype.status = 0;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Power.prototype, "_level", {
                    get: $util.oneOfGetter($oneOfFields = ["level"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Power.create = function(properties) {
                    return new Power(properties);
                };

                Power.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        writer.uint32(24).int32(message.level);
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source") && message.source !== 0)
                        writer.uint32(32).int32(message.source);
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== 0)
                        writer.uint32(40).int32(message.status);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Power.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Power.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.level = reader.int32();
                                message._level = "level";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.source = value;
                                else
                                    delete message.source;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.status = value;
                                else
                                    delete message.status;
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

                Power.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Power.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level")) {
                        properties._level = 1;
                        if (!$util.isInteger(message.level))
                            return "level: integer expected";
                    }
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        if (typeof message.source !== "number" || (message.source | 0) !== message.source)
                            return "source: enum value expected";
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        if (typeof message.status !== "number" || (message.status | 0) !== message.status)
                            return "status: enum value expected";
                    return null;
                };

                Power.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.Power: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Power();
                    if (object.level != null)
                        message.level = object.level | 0;
                    if (object.source !== 0 && (typeof object.source !== "string" || $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerSource[object.source] !== 0))
                        switch (object.source) {
                        case "POWERSOURCE_UNSPECIFIED":
                        case 0:
                            message.source = 0;
                            break;
                        case "POWERSOURCE_OTHER":
                        case 1:
                            message.source = 1;
                            break;
                        case "POWERSOURCE_MAINS":
                        case 2:
                            message.source = 2;
                            break;
                        case "POWERSOURCE_INTERNAL_BATTERY":
                        case 3:
                            message.source = 3;
                            break;
                        case "POWERSOURCE_EXTERNAL_BATTERY":
                        case 4:
                            message.source = 4;
                            break;
                        case "POWERSOURCE_GENERATOR":
                        case 5:
                            message.source = 5;
                            break;
                        case "POWERSOURCE_SOLAR_PV":
                        case 6:
                            message.source = 6;
                            break;
                        case "POWERSOURCE_WIND_TURBINE":
                        case 7:
                            message.source = 7;
                            break;
                        case "POWERSOURCE_FUEL_CELL":
                        case 8:
                            message.source = 8;
                            break;
                        default:
                            if (typeof object.source === "number" && (object.source | 0) === object.source)
                                message.source = object.source;
                        }
                    if (object.status !== 0 && (typeof object.status !== "string" || $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerStatus[object.status] !== 0))
                        switch (object.status) {
                        case "POWERSTATUS_UNSPECIFIED":
                        case 0:
                            message.status = 0;
                            break;
                        case "POWERSTATUS_OK":
                        case 1:
                            message.status = 1;
                            break;
                        case "POWERSTATUS_FAULT":
                        case 2:
                            message.status = 2;
                            break;
                        default:
                            if (typeof object.status === "number" && (object.status | 0) === object.status)
                                message.status = object.status;
                        }
                    return message;
                };

                Power.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.defaults) {
                        object.source = options.enums === $String ? "POWERSOURCE_UNSPECIFIED" : 0;
                        object.status = options.enums === $String ? "POWERSTATUS_UNSPECIFIED" : 0;
                    }
                    if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                        object.level = message.level;
                    if (message.source != null && $Object.hasOwnProperty.call(message, "source"))
                        object.source = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerSource[message.source] === $undefined ? message.source : $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerSource[message.source] : message.source;
                    if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                        object.status = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerStatus[message.status] === $undefined ? message.status : $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerStatus[message.status] : message.status;
                    return object;
                };

                Power.prototype.toJSON = function() {
                    return Power.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Power;
            })();

            StatusReport.PowerSource = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "POWERSOURCE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "POWERSOURCE_OTHER"] = 1;
                values[valuesById[2] = "POWERSOURCE_MAINS"] = 2;
                values[valuesById[3] = "POWERSOURCE_INTERNAL_BATTERY"] = 3;
                values[valuesById[4] = "POWERSOURCE_EXTERNAL_BATTERY"] = 4;
                values[valuesById[5] = "POWERSOURCE_GENERATOR"] = 5;
                values[valuesById[6] = "POWERSOURCE_SOLAR_PV"] = 6;
                values[valuesById[7] = "POWERSOURCE_WIND_TURBINE"] = 7;
                values[valuesById[8] = "POWERSOURCE_FUEL_CELL"] = 8;
                return values;
            })();

            StatusReport.PowerStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "POWERSTATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "POWERSTATUS_OK"] = 1;
                values[valuesById[2] = "POWERSTATUS_FAULT"] = 2;
                return values;
            })();

            StatusReport.Info = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "INFO_UNSPECIFIED"] = 0;
                values[valuesById[1] = "INFO_NEW"] = 1;
                values[valuesById[2] = "INFO_UNCHANGED"] = 2;
                return values;
            })();

            StatusReport.Status = (function() {

                const Status = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Status.prototype.statusLevel = null;
                Status.prototype.statusValue = null;
                Status.prototype.statusType = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Status.prototype, "_statusLevel", {
                    get: $util.oneOfGetter($oneOfFields = ["statusLevel"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Status.prototype, "_statusValue", {
                    get: $util.oneOfGetter($oneOfFields = ["statusValue"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Status.prototype, "_statusType", {
                    get: $util.oneOfGetter($oneOfFields = ["statusType"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Status.create = function(properties) {
                    return new Status(properties);
                };

                Status.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.statusLevel != null && $Object.hasOwnProperty.call(message, "statusLevel"))
                        writer.uint32(8).int32(message.statusLevel);
                    if (message.statusValue != null && $Object.hasOwnProperty.call(message, "statusValue"))
                        writer.uint32(26).string(message.statusValue);
                    if (message.statusType != null && $Object.hasOwnProperty.call(message, "statusType"))
                        writer.uint32(32).int32(message.statusType);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Status.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Status.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status();
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
                                message.statusLevel = reader.int32();
                                message._statusLevel = "statusLevel";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.statusValue = reader.stringVerify();
                                message._statusValue = "statusValue";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.statusType = reader.int32();
                                message._statusType = "statusType";
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

                Status.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Status.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.statusLevel != null && $Object.hasOwnProperty.call(message, "statusLevel")) {
                        properties._statusLevel = 1;
                        if (typeof message.statusLevel !== "number" || (message.statusLevel | 0) !== message.statusLevel)
                            return "statusLevel: enum value expected";
                    }
                    if (message.statusValue != null && $Object.hasOwnProperty.call(message, "statusValue")) {
                        properties._statusValue = 1;
                        if (!$util.isString(message.statusValue))
                            return "statusValue: string expected";
                    }
                    if (message.statusType != null && $Object.hasOwnProperty.call(message, "statusType")) {
                        properties._statusType = 1;
                        if (typeof message.statusType !== "number" || (message.statusType | 0) !== message.statusType)
                            return "statusType: enum value expected";
                    }
                    return null;
                };

                Status.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.StatusReport.Status: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.Status();
                    switch (object.statusLevel) {
                    case "STATUS_LEVEL_UNSPECIFIED":
                    case 0:
                        message.statusLevel = 0;
                        break;
                    case "STATUS_LEVEL_INFORMATION_STATUS":
                    case 2:
                        message.statusLevel = 2;
                        break;
                    case "STATUS_LEVEL_WARNING_STATUS":
                    case 3:
                        message.statusLevel = 3;
                        break;
                    case "STATUS_LEVEL_ERROR_STATUS":
                    case 4:
                        message.statusLevel = 4;
                        break;
                    default:
                        if (typeof object.statusLevel === "number" && (object.statusLevel | 0) === object.statusLevel)
                            message.statusLevel = object.statusLevel;
                    }
                    if (object.statusValue != null)
                        message.statusValue = $String(object.statusValue);
                    switch (object.statusType) {
                    case "STATUS_TYPE_UNSPECIFIED":
                    case 0:
                        message.statusType = 0;
                        break;
                    case "STATUS_TYPE_INTERNAL_FAULT":
                    case 1:
                        message.statusType = 1;
                        break;
                    case "STATUS_TYPE_EXTERNAL_FAULT":
                    case 2:
                        message.statusType = 2;
                        break;
                    case "STATUS_TYPE_ILLUMINATION":
                    case 3:
                        message.statusType = 3;
                        break;
                    case "STATUS_TYPE_WEATHER":
                    case 4:
                        message.statusType = 4;
                        break;
                    case "STATUS_TYPE_CLUTTER":
                    case 5:
                        message.statusType = 5;
                        break;
                    case "STATUS_TYPE_EXPOSURE":
                    case 6:
                        message.statusType = 6;
                        break;
                    case "STATUS_TYPE_MOTION_SENSITIVITY":
                    case 7:
                        message.statusType = 7;
                        break;
                    case "STATUS_TYPE_PTZ_STATUS":
                    case 8:
                        message.statusType = 8;
                        break;
                    case "STATUS_TYPE_PD":
                    case 9:
                        message.statusType = 9;
                        break;
                    case "STATUS_TYPE_FAR":
                    case 10:
                        message.statusType = 10;
                        break;
                    case "STATUS_TYPE_NOT_DETECTING":
                    case 11:
                        message.statusType = 11;
                        break;
                    case "STATUS_TYPE_PLATFORM":
                    case 12:
                        message.statusType = 12;
                        break;
                    case "STATUS_TYPE_OTHER":
                    case 13:
                        message.statusType = 13;
                        break;
                    default:
                        if (typeof object.statusType === "number" && (object.statusType | 0) === object.statusType)
                            message.statusType = object.statusType;
                    }
                    return message;
                };

                Status.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.statusLevel != null && $Object.hasOwnProperty.call(message, "statusLevel"))
                        object.statusLevel = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusLevel[message.statusLevel] === $undefined ? message.statusLevel : $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusLevel[message.statusLevel] : message.statusLevel;
                    if (message.statusValue != null && $Object.hasOwnProperty.call(message, "statusValue"))
                        object.statusValue = message.statusValue;
                    if (message.statusType != null && $Object.hasOwnProperty.call(message, "statusType"))
                        object.statusType = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusType[message.statusType] === $undefined ? message.statusType : $root.sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusType[message.statusType] : message.statusType;
                    return object;
                };

                Status.prototype.toJSON = function() {
                    return Status.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Status;
            })();

            StatusReport.StatusType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "STATUS_TYPE_INTERNAL_FAULT"] = 1;
                values[valuesById[2] = "STATUS_TYPE_EXTERNAL_FAULT"] = 2;
                values[valuesById[3] = "STATUS_TYPE_ILLUMINATION"] = 3;
                values[valuesById[4] = "STATUS_TYPE_WEATHER"] = 4;
                values[valuesById[5] = "STATUS_TYPE_CLUTTER"] = 5;
                values[valuesById[6] = "STATUS_TYPE_EXPOSURE"] = 6;
                values[valuesById[7] = "STATUS_TYPE_MOTION_SENSITIVITY"] = 7;
                values[valuesById[8] = "STATUS_TYPE_PTZ_STATUS"] = 8;
                values[valuesById[9] = "STATUS_TYPE_PD"] = 9;
                values[valuesById[10] = "STATUS_TYPE_FAR"] = 10;
                values[valuesById[11] = "STATUS_TYPE_NOT_DETECTING"] = 11;
                values[valuesById[12] = "STATUS_TYPE_PLATFORM"] = 12;
                values[valuesById[13] = "STATUS_TYPE_OTHER"] = 13;
                return values;
            })();

            StatusReport.StatusLevel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "STATUS_LEVEL_UNSPECIFIED"] = 0;
                values[valuesById[2] = "STATUS_LEVEL_INFORMATION_STATUS"] = 2;
                values[valuesById[3] = "STATUS_LEVEL_WARNING_STATUS"] = 3;
                values[valuesById[4] = "STATUS_LEVEL_ERROR_STATUS"] = 4;
                return values;
            })();

            return StatusReport;
        })();

        bsi_flex_335_v2_0.Task = (function() {

            const Task = function (properties) {
                this.region = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Task.prototype.taskId = null;
            Task.prototype.taskName = null;
            Task.prototype.taskDescription = null;
            Task.prototype.taskStartTime = null;
            Task.prototype.taskEndTime = null;
            Task.prototype.control = null;
            Task.prototype.region = $util.emptyArray;
            Task.prototype.command = null;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_taskId", {
                get: $util.oneOfGetter($oneOfFields = ["taskId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_taskName", {
                get: $util.oneOfGetter($oneOfFields = ["taskName"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_taskDescription", {
                get: $util.oneOfGetter($oneOfFields = ["taskDescription"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_taskStartTime", {
                get: $util.oneOfGetter($oneOfFields = ["taskStartTime"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_taskEndTime", {
                get: $util.oneOfGetter($oneOfFields = ["taskEndTime"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_control", {
                get: $util.oneOfGetter($oneOfFields = ["control"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Task.prototype, "_command", {
                get: $util.oneOfGetter($oneOfFields = ["command"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Task.create = function(properties) {
                return new Task(properties);
            };

            Task.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    writer.uint32(10).string(message.taskId);
                if (message.taskName != null && $Object.hasOwnProperty.call(message, "taskName"))
                    writer.uint32(18).string(message.taskName);
                if (message.taskDescription != null && $Object.hasOwnProperty.call(message, "taskDescription"))
                    writer.uint32(26).string(message.taskDescription);
                if (message.taskStartTime != null && $Object.hasOwnProperty.call(message, "taskStartTime"))
                    $root.google.protobuf.Timestamp.encode(message.taskStartTime, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.taskEndTime != null && $Object.hasOwnProperty.call(message, "taskEndTime"))
                    $root.google.protobuf.Timestamp.encode(message.taskEndTime, writer.uint32(42).fork(), _depth + 1).ldelim();
                if (message.control != null && $Object.hasOwnProperty.call(message, "control"))
                    writer.uint32(48).int32(message.control);
                if (message.region != null && message.region.length)
                    for (let i = 0; i < message.region.length; ++i)
                        $root.sapient_msg.bsi_flex_335_v2_0.Task.Region.encode(message.region[i], writer.uint32(58).fork(), _depth + 1).ldelim();
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    $root.sapient_msg.bsi_flex_335_v2_0.Task.Command.encode(message.command, writer.uint32(66).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Task.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Task.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task();
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
                            message.taskId = reader.stringVerify();
                            message._taskId = "taskId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.taskName = reader.stringVerify();
                            message._taskName = "taskName";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.taskDescription = reader.stringVerify();
                            message._taskDescription = "taskDescription";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.taskStartTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.taskStartTime);
                            message._taskStartTime = "taskStartTime";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.taskEndTime = $root.google.protobuf.Timestamp.decode(reader, reader.size(), $undefined, _depth + 1, message.taskEndTime);
                            message._taskEndTime = "taskEndTime";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            message.control = reader.int32();
                            message._control = "control";
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.region && message.region.length))
                                message.region = [];
                            message.region.push($root.sapient_msg.bsi_flex_335_v2_0.Task.Region.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.command = $root.sapient_msg.bsi_flex_335_v2_0.Task.Command.decode(reader, reader.size(), $undefined, _depth + 1, message.command);
                            message._command = "command";
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

            Task.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Task.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId")) {
                    properties._taskId = 1;
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                }
                if (message.taskName != null && $Object.hasOwnProperty.call(message, "taskName")) {
                    properties._taskName = 1;
                    if (!$util.isString(message.taskName))
                        return "taskName: string expected";
                }
                if (message.taskDescription != null && $Object.hasOwnProperty.call(message, "taskDescription")) {
                    properties._taskDescription = 1;
                    if (!$util.isString(message.taskDescription))
                        return "taskDescription: string expected";
                }
                if (message.taskStartTime != null && $Object.hasOwnProperty.call(message, "taskStartTime")) {
                    properties._taskStartTime = 1;
                    {
                        let error = $root.google.protobuf.Timestamp.verify(message.taskStartTime, _depth + 1);
                        if (error)
                            return "taskStartTime." + error;
                    }
                }
                if (message.taskEndTime != null && $Object.hasOwnProperty.call(message, "taskEndTime")) {
                    properties._taskEndTime = 1;
                    {
                        let error = $root.google.protobuf.Timestamp.verify(message.taskEndTime, _depth + 1);
                        if (error)
                            return "taskEndTime." + error;
                    }
                }
                if (message.control != null && $Object.hasOwnProperty.call(message, "control")) {
                    properties._control = 1;
                    if (typeof message.control !== "number" || (message.control | 0) !== message.control)
                        return "control: enum value expected";
                }
                if (message.region != null && $Object.hasOwnProperty.call(message, "region")) {
                    if (!$Array.isArray(message.region))
                        return "region: array expected";
                    for (let i = 0; i < message.region.length; ++i) {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.Region.verify(message.region[i], _depth + 1);
                        if (error)
                            return "region." + error;
                    }
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    properties._command = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.Command.verify(message.command, _depth + 1);
                        if (error)
                            return "command." + error;
                    }
                }
                return null;
            };

            Task.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task();
                if (object.taskId != null)
                    message.taskId = $String(object.taskId);
                if (object.taskName != null)
                    message.taskName = $String(object.taskName);
                if (object.taskDescription != null)
                    message.taskDescription = $String(object.taskDescription);
                if (object.taskStartTime != null) {
                    if (!$util.isObject(object.taskStartTime))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.taskStartTime: object expected");
                    message.taskStartTime = $root.google.protobuf.Timestamp.fromObject(object.taskStartTime, _depth + 1);
                }
                if (object.taskEndTime != null) {
                    if (!$util.isObject(object.taskEndTime))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.taskEndTime: object expected");
                    message.taskEndTime = $root.google.protobuf.Timestamp.fromObject(object.taskEndTime, _depth + 1);
                }
                switch (object.control) {
                case "CONTROL_UNSPECIFIED":
                case 0:
                    message.control = 0;
                    break;
                case "CONTROL_START":
                case 1:
                    message.control = 1;
                    break;
                case "CONTROL_STOP":
                case 2:
                    message.control = 2;
                    break;
                case "CONTROL_PAUSE":
                case 3:
                    message.control = 3;
                    break;
                default:
                    if (typeof object.control === "number" && (object.control | 0) === object.control)
                        message.control = object.control;
                }
                if (object.region) {
                    if (!$Array.isArray(object.region))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.region: array expected");
                    message.region = $Array(object.region.length);
                    for (let i = 0; i < object.region.length; ++i) {
                        if (!$util.isObject(object.region[i]))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.region: object expected");
                        message.region[i] = $root.sapient_msg.bsi_flex_335_v2_0.Task.Region.fromObject(object.region[i], _depth + 1);
                    }
                }
                if (object.command != null) {
                    if (!$util.isObject(object.command))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.command: object expected");
                    message.command = $root.sapient_msg.bsi_flex_335_v2_0.Task.Command.fromObject(object.command, _depth + 1);
                }
                return message;
            };

            Task.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.region = [];
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.taskName != null && $Object.hasOwnProperty.call(message, "taskName"))
                    object.taskName = message.taskName;
                if (message.taskDescription != null && $Object.hasOwnProperty.call(message, "taskDescription"))
                    object.taskDescription = message.taskDescription;
                if (message.taskStartTime != null && $Object.hasOwnProperty.call(message, "taskStartTime"))
                    object.taskStartTime = $root.google.protobuf.Timestamp.toObject(message.taskStartTime, options, _depth + 1);
                if (message.taskEndTime != null && $Object.hasOwnProperty.call(message, "taskEndTime"))
                    object.taskEndTime = $root.google.protobuf.Timestamp.toObject(message.taskEndTime, options, _depth + 1);
                if (message.control != null && $Object.hasOwnProperty.call(message, "control"))
                    object.control = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.Control[message.control] === $undefined ? message.control : $root.sapient_msg.bsi_flex_335_v2_0.Task.Control[message.control] : message.control;
                if (message.region && message.region.length) {
                    object.region = $Array(message.region.length);
                    for (let j = 0; j < message.region.length; ++j)
                        object.region[j] = $root.sapient_msg.bsi_flex_335_v2_0.Task.Region.toObject(message.region[j], options, _depth + 1);
                }
                if (message.command != null && $Object.hasOwnProperty.call(message, "command"))
                    object.command = $root.sapient_msg.bsi_flex_335_v2_0.Task.Command.toObject(message.command, options, _depth + 1);
                return object;
            };

            Task.prototype.toJSON = function() {
                return Task.toObject(this, $protobuf.util.toJSONOptions);
            };

            Task.Control = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CONTROL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "CONTROL_START"] = 1;
                values[valuesById[2] = "CONTROL_STOP"] = 2;
                values[valuesById[3] = "CONTROL_PAUSE"] = 3;
                return values;
            })();

            Task.Command = (function() {

                const Command = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Command.prototype.request = null;
                Command.prototype.detectionThreshold = null;
                Command.prototype.detectionReportRate = null;
                Command.prototype.classificationThreshold = null;
                Command.prototype.modeChange = null;
                Command.prototype.lookAt = null;
                Command.prototype.moveTo = null;
                Command.prototype.patrol = null;
                Command.prototype.follow = null;
                Command.prototype.commandParameter = null;

                let $oneOfFields;

                $Object.defineProperty(Command.prototype, "command", {
                    get: $util.oneOfGetter($oneOfFields = ["request", "detectionThreshold", "detectionReportRate", "classificationThreshold", "modeChange", "lookAt", "moveTo", "patrol", "follow"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Command.prototype, "_commandParameter", {
                    get: $util.oneOfGetter($oneOfFields = ["commandParameter"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

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
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request"))
                        writer.uint32(10).string(message.request);
                    if (message.detectionThreshold != null && $Object.hasOwnProperty.call(message, "detectionThreshold"))
                        writer.uint32(16).int32(message.detectionThreshold);
                    if (message.detectionReportRate != null && $Object.hasOwnProperty.call(message, "detectionReportRate"))
                        writer.uint32(24).int32(message.detectionReportRate);
                    if (message.classificationThreshold != null && $Object.hasOwnProperty.call(message, "classificationThreshold"))
                        writer.uint32(32).int32(message.classificationThreshold);
                    if (message.modeChange != null && $Object.hasOwnProperty.call(message, "modeChange"))
                        writer.uint32(42).string(message.modeChange);
                    if (message.lookAt != null && $Object.hasOwnProperty.call(message, "lookAt"))
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.encode(message.lookAt, writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.commandParameter != null && $Object.hasOwnProperty.call(message, "commandParameter"))
                        writer.uint32(66).string(message.commandParameter);
                    if (message.moveTo != null && $Object.hasOwnProperty.call(message, "moveTo"))
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationList.encode(message.moveTo, writer.uint32(74).fork(), _depth + 1).ldelim();
                    if (message.patrol != null && $Object.hasOwnProperty.call(message, "patrol"))
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationList.encode(message.patrol, writer.uint32(82).fork(), _depth + 1).ldelim();
                    if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                        $root.sapient_msg.bsi_flex_335_v2_0.FollowObject.encode(message.follow, writer.uint32(90).fork(), _depth + 1).ldelim();
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task.Command();
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
                                message.request = reader.stringVerify();
                                message.command = "request";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.detectionThreshold = reader.int32();
                                message.command = "detectionThreshold";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.detectionReportRate = reader.int32();
                                message.command = "detectionReportRate";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.classificationThreshold = reader.int32();
                                message.command = "classificationThreshold";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.modeChange = reader.stringVerify();
                                message.command = "modeChange";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.lookAt = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.decode(reader, reader.size(), $undefined, _depth + 1, message.lookAt);
                                message.command = "lookAt";
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.moveTo = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.decode(reader, reader.size(), $undefined, _depth + 1, message.moveTo);
                                message.command = "moveTo";
                                continue;
                            }
                        case 10: {
                                if (wireType !== 2)
                                    break;
                                message.patrol = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.decode(reader, reader.size(), $undefined, _depth + 1, message.patrol);
                                message.command = "patrol";
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.follow = $root.sapient_msg.bsi_flex_335_v2_0.FollowObject.decode(reader, reader.size(), $undefined, _depth + 1, message.follow);
                                message.command = "follow";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.commandParameter = reader.stringVerify();
                                message._commandParameter = "commandParameter";
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
                    let properties = {};
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                        properties.command = 1;
                        if (!$util.isString(message.request))
                            return "request: string expected";
                    }
                    if (message.detectionThreshold != null && $Object.hasOwnProperty.call(message, "detectionThreshold")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        if (typeof message.detectionThreshold !== "number" || (message.detectionThreshold | 0) !== message.detectionThreshold)
                            return "detectionThreshold: enum value expected";
                    }
                    if (message.detectionReportRate != null && $Object.hasOwnProperty.call(message, "detectionReportRate")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        if (typeof message.detectionReportRate !== "number" || (message.detectionReportRate | 0) !== message.detectionReportRate)
                            return "detectionReportRate: enum value expected";
                    }
                    if (message.classificationThreshold != null && $Object.hasOwnProperty.call(message, "classificationThreshold")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        if (typeof message.classificationThreshold !== "number" || (message.classificationThreshold | 0) !== message.classificationThreshold)
                            return "classificationThreshold: enum value expected";
                    }
                    if (message.modeChange != null && $Object.hasOwnProperty.call(message, "modeChange")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        if (!$util.isString(message.modeChange))
                            return "modeChange: string expected";
                    }
                    if (message.lookAt != null && $Object.hasOwnProperty.call(message, "lookAt")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify(message.lookAt, _depth + 1);
                            if (error)
                                return "lookAt." + error;
                        }
                    }
                    if (message.moveTo != null && $Object.hasOwnProperty.call(message, "moveTo")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.verify(message.moveTo, _depth + 1);
                            if (error)
                                return "moveTo." + error;
                        }
                    }
                    if (message.patrol != null && $Object.hasOwnProperty.call(message, "patrol")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.verify(message.patrol, _depth + 1);
                            if (error)
                                return "patrol." + error;
                        }
                    }
                    if (message.follow != null && $Object.hasOwnProperty.call(message, "follow")) {
                        if (properties.command === 1)
                            return "command: multiple values";
                        properties.command = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.FollowObject.verify(message.follow, _depth + 1);
                            if (error)
                                return "follow." + error;
                        }
                    }
                    if (message.commandParameter != null && $Object.hasOwnProperty.call(message, "commandParameter")) {
                        properties._commandParameter = 1;
                        if (!$util.isString(message.commandParameter))
                            return "commandParameter: string expected";
                    }
                    return null;
                };

                Command.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task.Command)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Command: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task.Command();
                    if (object.request != null)
                        message.request = $String(object.request);
                    switch (object.detectionThreshold) {
                    case "DISCRETE_THRESHOLD_UNSPECIFIED":
                    case 0:
                        message.detectionThreshold = 0;
                        break;
                    case "DISCRETE_THRESHOLD_LOW":
                    case 1:
                        message.detectionThreshold = 1;
                        break;
                    case "DISCRETE_THRESHOLD_MEDIUM":
                    case 2:
                        message.detectionThreshold = 2;
                        break;
                    case "DISCRETE_THRESHOLD_HIGH":
                    case 3:
                        message.detectionThreshold = 3;
                        break;
                    default:
                        if (typeof object.detectionThreshold === "number" && (object.detectionThreshold | 0) === object.detectionThreshold)
                            message.detectionThreshold = object.detectionThreshold;
                    }
                    switch (object.detectionReportRate) {
                    case "DISCRETE_THRESHOLD_UNSPECIFIED":
                    case 0:
                        message.detectionReportRate = 0;
                        break;
                    case "DISCRETE_THRESHOLD_LOW":
                    case 1:
                        message.detectionReportRate = 1;
                        break;
                    case "DISCRETE_THRESHOLD_MEDIUM":
                    case 2:
                        message.detectionReportRate = 2;
                        break;
                    case "DISCRETE_THRESHOLD_HIGH":
                    case 3:
                        message.detectionReportRate = 3;
                        break;
                    default:
                        if (typeof object.detectionReportRate === "number" && (object.detectionReportRate | 0) === object.detectionReportRate)
                            message.detectionReportRate = object.detectionReportRate;
                    }
                    switch (object.classificationThreshold) {
                    case "DISCRETE_THRESHOLD_UNSPECIFIED":
                    case 0:
                        message.classificationThreshold = 0;
                        break;
                    case "DISCRETE_THRESHOLD_LOW":
                    case 1:
                        message.classificationThreshold = 1;
                        break;
                    case "DISCRETE_THRESHOLD_MEDIUM":
                    case 2:
                        message.classificationThreshold = 2;
                        break;
                    case "DISCRETE_THRESHOLD_HIGH":
                    case 3:
                        message.classificationThreshold = 3;
                        break;
                    default:
                        if (typeof object.classificationThreshold === "number" && (object.classificationThreshold | 0) === object.classificationThreshold)
                            message.classificationThreshold = object.classificationThreshold;
                    }
                    if (object.modeChange != null)
                        message.modeChange = $String(object.modeChange);
                    if (object.lookAt != null) {
                        if (!$util.isObject(object.lookAt))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Command.lookAt: object expected");
                        message.lookAt = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.fromObject(object.lookAt, _depth + 1);
                    }
                    if (object.moveTo != null) {
                        if (!$util.isObject(object.moveTo))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Command.moveTo: object expected");
                        message.moveTo = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.fromObject(object.moveTo, _depth + 1);
                    }
                    if (object.patrol != null) {
                        if (!$util.isObject(object.patrol))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Command.patrol: object expected");
                        message.patrol = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.fromObject(object.patrol, _depth + 1);
                    }
                    if (object.follow != null) {
                        if (!$util.isObject(object.follow))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Command.follow: object expected");
                        message.follow = $root.sapient_msg.bsi_flex_335_v2_0.FollowObject.fromObject(object.follow, _depth + 1);
                    }
                    if (object.commandParameter != null)
                        message.commandParameter = $String(object.commandParameter);
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
                    if (message.request != null && $Object.hasOwnProperty.call(message, "request")) {
                        object.request = message.request;
                        if (options.oneofs)
                            object.command = "request";
                    }
                    if (message.detectionThreshold != null && $Object.hasOwnProperty.call(message, "detectionThreshold")) {
                        object.detectionThreshold = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.detectionThreshold] === $undefined ? message.detectionThreshold : $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.detectionThreshold] : message.detectionThreshold;
                        if (options.oneofs)
                            object.command = "detectionThreshold";
                    }
                    if (message.detectionReportRate != null && $Object.hasOwnProperty.call(message, "detectionReportRate")) {
                        object.detectionReportRate = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.detectionReportRate] === $undefined ? message.detectionReportRate : $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.detectionReportRate] : message.detectionReportRate;
                        if (options.oneofs)
                            object.command = "detectionReportRate";
                    }
                    if (message.classificationThreshold != null && $Object.hasOwnProperty.call(message, "classificationThreshold")) {
                        object.classificationThreshold = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.classificationThreshold] === $undefined ? message.classificationThreshold : $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.classificationThreshold] : message.classificationThreshold;
                        if (options.oneofs)
                            object.command = "classificationThreshold";
                    }
                    if (message.modeChange != null && $Object.hasOwnProperty.call(message, "modeChange")) {
                        object.modeChange = message.modeChange;
                        if (options.oneofs)
                            object.command = "modeChange";
                    }
                    if (message.lookAt != null && $Object.hasOwnProperty.call(message, "lookAt")) {
                        object.lookAt = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.toObject(message.lookAt, options, _depth + 1);
                        if (options.oneofs)
                            object.command = "lookAt";
                    }
                    if (message.commandParameter != null && $Object.hasOwnProperty.call(message, "commandParameter"))
                        object.commandParameter = message.commandParameter;
                    if (message.moveTo != null && $Object.hasOwnProperty.call(message, "moveTo")) {
                        object.moveTo = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.toObject(message.moveTo, options, _depth + 1);
                        if (options.oneofs)
                            object.command = "moveTo";
                    }
                    if (message.patrol != null && $Object.hasOwnProperty.call(message, "patrol")) {
                        object.patrol = $root.sapient_msg.bsi_flex_335_v2_0.LocationList.toObject(message.patrol, options, _depth + 1);
                        if (options.oneofs)
                            object.command = "patrol";
                    }
                    if (message.follow != null && $Object.hasOwnProperty.call(message, "follow")) {
                        object.follow = $root.sapient_msg.bsi_flex_335_v2_0.FollowObject.toObject(message.follow, options, _depth + 1);
                        if (options.oneofs)
                            object.command = "follow";
                    }
                    return object;
                };

                Command.prototype.toJSON = function() {
                    return Command.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Command;
            })();

            Task.DiscreteThreshold = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "DISCRETE_THRESHOLD_UNSPECIFIED"] = 0;
                values[valuesById[1] = "DISCRETE_THRESHOLD_LOW"] = 1;
                values[valuesById[2] = "DISCRETE_THRESHOLD_MEDIUM"] = 2;
                values[valuesById[3] = "DISCRETE_THRESHOLD_HIGH"] = 3;
                return values;
            })();

            Task.Region = (function() {

                const Region = function (properties) {
                    this.classFilter = [];
                    this.behaviourFilter = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Region.prototype.type = null;
                Region.prototype.regionId = null;
                Region.prototype.regionName = null;
                Region.prototype.regionArea = null;
                Region.prototype.classFilter = $util.emptyArray;
                Region.prototype.behaviourFilter = $util.emptyArray;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Region.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Region.prototype, "_regionId", {
                    get: $util.oneOfGetter($oneOfFields = ["regionId"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Region.prototype, "_regionName", {
                    get: $util.oneOfGetter($oneOfFields = ["regionName"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Region.prototype, "_regionArea", {
                    get: $util.oneOfGetter($oneOfFields = ["regionArea"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Region.create = function(properties) {
                    return new Region(properties);
                };

                Region.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(8).int32(message.type);
                    if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId"))
                        writer.uint32(18).string(message.regionId);
                    if (message.regionName != null && $Object.hasOwnProperty.call(message, "regionName"))
                        writer.uint32(26).string(message.regionName);
                    if (message.regionArea != null && $Object.hasOwnProperty.call(message, "regionArea"))
                        $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.encode(message.regionArea, writer.uint32(34).fork(), _depth + 1).ldelim();
                    if (message.classFilter != null && message.classFilter.length)
                        for (let i = 0; i < message.classFilter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.encode(message.classFilter[i], writer.uint32(42).fork(), _depth + 1).ldelim();
                    if (message.behaviourFilter != null && message.behaviourFilter.length)
                        for (let i = 0; i < message.behaviourFilter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.encode(message.behaviourFilter[i], writer.uint32(50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Region.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Region.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task.Region();
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
                                message.type = reader.int32();
                                message._type = "type";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.regionId = reader.stringVerify();
                                message._regionId = "regionId";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.regionName = reader.stringVerify();
                                message._regionName = "regionName";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.regionArea = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.decode(reader, reader.size(), $undefined, _depth + 1, message.regionArea);
                                message._regionArea = "regionArea";
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.classFilter && message.classFilter.length))
                                    message.classFilter = [];
                                message.classFilter.push($root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.behaviourFilter && message.behaviourFilter.length))
                                    message.behaviourFilter = [];
                                message.behaviourFilter.push($root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.decode(reader, reader.size(), $undefined, _depth + 1));
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

                Region.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Region.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (typeof message.type !== "number" || (message.type | 0) !== message.type)
                            return "type: enum value expected";
                    }
                    if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId")) {
                        properties._regionId = 1;
                        if (!$util.isString(message.regionId))
                            return "regionId: string expected";
                    }
                    if (message.regionName != null && $Object.hasOwnProperty.call(message, "regionName")) {
                        properties._regionName = 1;
                        if (!$util.isString(message.regionName))
                            return "regionName: string expected";
                    }
                    if (message.regionArea != null && $Object.hasOwnProperty.call(message, "regionArea")) {
                        properties._regionArea = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify(message.regionArea, _depth + 1);
                            if (error)
                                return "regionArea." + error;
                        }
                    }
                    if (message.classFilter != null && $Object.hasOwnProperty.call(message, "classFilter")) {
                        if (!$Array.isArray(message.classFilter))
                            return "classFilter: array expected";
                        for (let i = 0; i < message.classFilter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.verify(message.classFilter[i], _depth + 1);
                            if (error)
                                return "classFilter." + error;
                        }
                    }
                    if (message.behaviourFilter != null && $Object.hasOwnProperty.call(message, "behaviourFilter")) {
                        if (!$Array.isArray(message.behaviourFilter))
                            return "behaviourFilter: array expected";
                        for (let i = 0; i < message.behaviourFilter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.verify(message.behaviourFilter[i], _depth + 1);
                            if (error)
                                return "behaviourFilter." + error;
                        }
                    }
                    return null;
                };

                Region.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task.Region)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Region: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task.Region();
                    switch (object.type) {
                    case "REGION_TYPE_UNSPECIFIED":
                    case 0:
                        message.type = 0;
                        break;
                    case "REGION_TYPE_AREA_OF_INTEREST":
                    case 1:
                        message.type = 1;
                        break;
                    case "REGION_TYPE_IGNORE":
                    case 2:
                        message.type = 2;
                        break;
                    case "REGION_TYPE_BOUNDARY":
                    case 3:
                        message.type = 3;
                        break;
                    case "REGION_TYPE_MOBILE_NODE_NO_GO_AREA":
                    case 4:
                        message.type = 4;
                        break;
                    case "REGION_TYPE_MOBILE_NODE_GO_AREA":
                    case 5:
                        message.type = 5;
                        break;
                    default:
                        if (typeof object.type === "number" && (object.type | 0) === object.type)
                            message.type = object.type;
                    }
                    if (object.regionId != null)
                        message.regionId = $String(object.regionId);
                    if (object.regionName != null)
                        message.regionName = $String(object.regionName);
                    if (object.regionArea != null) {
                        if (!$util.isObject(object.regionArea))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Region.regionArea: object expected");
                        message.regionArea = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.fromObject(object.regionArea, _depth + 1);
                    }
                    if (object.classFilter) {
                        if (!$Array.isArray(object.classFilter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Region.classFilter: array expected");
                        message.classFilter = $Array(object.classFilter.length);
                        for (let i = 0; i < object.classFilter.length; ++i) {
                            if (!$util.isObject(object.classFilter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Region.classFilter: object expected");
                            message.classFilter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.fromObject(object.classFilter[i], _depth + 1);
                        }
                    }
                    if (object.behaviourFilter) {
                        if (!$Array.isArray(object.behaviourFilter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Region.behaviourFilter: array expected");
                        message.behaviourFilter = $Array(object.behaviourFilter.length);
                        for (let i = 0; i < object.behaviourFilter.length; ++i) {
                            if (!$util.isObject(object.behaviourFilter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Region.behaviourFilter: object expected");
                            message.behaviourFilter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.fromObject(object.behaviourFilter[i], _depth + 1);
                        }
                    }
                    return message;
                };

                Region.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults) {
                        object.classFilter = [];
                        object.behaviourFilter = [];
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.RegionType[message.type] === $undefined ? message.type : $root.sapient_msg.bsi_flex_335_v2_0.Task.RegionType[message.type] : message.type;
                    if (message.regionId != null && $Object.hasOwnProperty.call(message, "regionId"))
                        object.regionId = message.regionId;
                    if (message.regionName != null && $Object.hasOwnProperty.call(message, "regionName"))
                        object.regionName = message.regionName;
                    if (message.regionArea != null && $Object.hasOwnProperty.call(message, "regionArea"))
                        object.regionArea = $root.sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.toObject(message.regionArea, options, _depth + 1);
                    if (message.classFilter && message.classFilter.length) {
                        object.classFilter = $Array(message.classFilter.length);
                        for (let j = 0; j < message.classFilter.length; ++j)
                            object.classFilter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.toObject(message.classFilter[j], options, _depth + 1);
                    }
                    if (message.behaviourFilter && message.behaviourFilter.length) {
                        object.behaviourFilter = $Array(message.behaviourFilter.length);
                        for (let j = 0; j < message.behaviourFilter.length; ++j)
                            object.behaviourFilter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.toObject(message.behaviourFilter[j], options, _depth + 1);
                    }
                    return object;
                };

                Region.prototype.toJSON = function() {
                    return Region.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Region;
            })();

            Task.RegionType = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "REGION_TYPE_UNSPECIFIED"] = 0;
                values[valuesById[1] = "REGION_TYPE_AREA_OF_INTEREST"] = 1;
                values[valuesById[2] = "REGION_TYPE_IGNORE"] = 2;
                values[valuesById[3] = "REGION_TYPE_BOUNDARY"] = 3;
                values[valuesById[4] = "REGION_TYPE_MOBILE_NODE_NO_GO_AREA"] = 4;
                values[valuesById[5] = "REGION_TYPE_MOBILE_NODE_GO_AREA"] = 5;
                return values;
            })();

            Task.ClassFilter = (function() {

                const ClassFilter = function (properties) {
                    this.subClassFilter = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                ClassFilter.prototype.parameter = null;
                ClassFilter.prototype.type = null;
                ClassFilter.prototype.subClassFilter = $util.emptyArray;
                ClassFilter.prototype.priority = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ClassFilter.prototype, "_parameter", {
                    get: $util.oneOfGetter($oneOfFields = ["parameter"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ClassFilter.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(ClassFilter.prototype, "_priority", {
                    get: $util.oneOfGetter($oneOfFields = ["priority"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                ClassFilter.create = function(properties) {
                    return new ClassFilter(properties);
                };

                ClassFilter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.encode(message.parameter, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.subClassFilter != null && message.subClassFilter.length)
                        for (let i = 0; i < message.subClassFilter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.encode(message.subClassFilter[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        writer.uint32(32).int32(message.priority);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                ClassFilter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                ClassFilter.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter();
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
                                message.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.decode(reader, reader.size(), $undefined, _depth + 1, message.parameter);
                                message._parameter = "parameter";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClassFilter && message.subClassFilter.length))
                                    message.subClassFilter = [];
                                message.subClassFilter.push($root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.priority = reader.int32();
                                message._priority = "priority";
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

                ClassFilter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                ClassFilter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter")) {
                        properties._parameter = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.verify(message.parameter, _depth + 1);
                            if (error)
                                return "parameter." + error;
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.subClassFilter != null && $Object.hasOwnProperty.call(message, "subClassFilter")) {
                        if (!$Array.isArray(message.subClassFilter))
                            return "subClassFilter: array expected";
                        for (let i = 0; i < message.subClassFilter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.verify(message.subClassFilter[i], _depth + 1);
                            if (error)
                                return "subClassFilter." + error;
                        }
                    }
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                        properties._priority = 1;
                        if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                            return "priority: enum value expected";
                    }
                    return null;
                };

                ClassFilter.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter();
                    if (object.parameter != null) {
                        if (!$util.isObject(object.parameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.parameter: object expected");
                        message.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.fromObject(object.parameter, _depth + 1);
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.subClassFilter) {
                        if (!$Array.isArray(object.subClassFilter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.subClassFilter: array expected");
                        message.subClassFilter = $Array(object.subClassFilter.length);
                        for (let i = 0; i < object.subClassFilter.length; ++i) {
                            if (!$util.isObject(object.subClassFilter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.subClassFilter: object expected");
                            message.subClassFilter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.fromObject(object.subClassFilter[i], _depth + 1);
                        }
                    }
                    switch (object.priority) {
                    case "DISCRETE_THRESHOLD_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "DISCRETE_THRESHOLD_LOW":
                    case 1:
                        message.priority = 1;
                        break;
                    case "DISCRETE_THRESHOLD_MEDIUM":
                    case 2:
                        message.priority = 2;
                        break;
                    case "DISCRETE_THRESHOLD_HIGH":
                    case 3:
                        message.priority = 3;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                    return message;
                };

                ClassFilter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subClassFilter = [];
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        object.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.toObject(message.parameter, options, _depth + 1);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.subClassFilter && message.subClassFilter.length) {
                        object.subClassFilter = $Array(message.subClassFilter.length);
                        for (let j = 0; j < message.subClassFilter.length; ++j)
                            object.subClassFilter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.toObject(message.subClassFilter[j], options, _depth + 1);
                    }
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        object.priority = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.priority] === $undefined ? message.priority : $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.priority] : message.priority;
                    return object;
                };

                ClassFilter.prototype.toJSON = function() {
                    return ClassFilter.toObject(this, $protobuf.util.toJSONOptions);
                };

                return ClassFilter;
            })();

            Task.SubClassFilter = (function() {

                const SubClassFilter = function (properties) {
                    this.subClassFilter = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                SubClassFilter.prototype.parameter = null;
                SubClassFilter.prototype.type = null;
                SubClassFilter.prototype.subClassFilter = $util.emptyArray;
                SubClassFilter.prototype.priority = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClassFilter.prototype, "_parameter", {
                    get: $util.oneOfGetter($oneOfFields = ["parameter"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClassFilter.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(SubClassFilter.prototype, "_priority", {
                    get: $util.oneOfGetter($oneOfFields = ["priority"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                SubClassFilter.create = function(properties) {
                    return new SubClassFilter(properties);
                };

                SubClassFilter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.encode(message.parameter, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.subClassFilter != null && message.subClassFilter.length)
                        for (let i = 0; i < message.subClassFilter.length; ++i)
                            $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.encode(message.subClassFilter[i], writer.uint32(26).fork(), _depth + 1).ldelim();
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        writer.uint32(32).int32(message.priority);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                SubClassFilter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                SubClassFilter.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter();
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
                                message.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.decode(reader, reader.size(), $undefined, _depth + 1, message.parameter);
                                message._parameter = "parameter";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.subClassFilter && message.subClassFilter.length))
                                    message.subClassFilter = [];
                                message.subClassFilter.push($root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.priority = reader.int32();
                                message._priority = "priority";
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

                SubClassFilter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                SubClassFilter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter")) {
                        properties._parameter = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.verify(message.parameter, _depth + 1);
                            if (error)
                                return "parameter." + error;
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.subClassFilter != null && $Object.hasOwnProperty.call(message, "subClassFilter")) {
                        if (!$Array.isArray(message.subClassFilter))
                            return "subClassFilter: array expected";
                        for (let i = 0; i < message.subClassFilter.length; ++i) {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.verify(message.subClassFilter[i], _depth + 1);
                            if (error)
                                return "subClassFilter." + error;
                        }
                    }
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                        properties._priority = 1;
                        if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                            return "priority: enum value expected";
                    }
                    return null;
                };

                SubClassFilter.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter();
                    if (object.parameter != null) {
                        if (!$util.isObject(object.parameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.parameter: object expected");
                        message.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.fromObject(object.parameter, _depth + 1);
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    if (object.subClassFilter) {
                        if (!$Array.isArray(object.subClassFilter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.subClassFilter: array expected");
                        message.subClassFilter = $Array(object.subClassFilter.length);
                        for (let i = 0; i < object.subClassFilter.length; ++i) {
                            if (!$util.isObject(object.subClassFilter[i]))
                                throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.subClassFilter: object expected");
                            message.subClassFilter[i] = $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.fromObject(object.subClassFilter[i], _depth + 1);
                        }
                    }
                    switch (object.priority) {
                    case "DISCRETE_THRESHOLD_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "DISCRETE_THRESHOLD_LOW":
                    case 1:
                        message.priority = 1;
                        break;
                    case "DISCRETE_THRESHOLD_MEDIUM":
                    case 2:
                        message.priority = 2;
                        break;
                    case "DISCRETE_THRESHOLD_HIGH":
                    case 3:
                        message.priority = 3;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                    return message;
                };

                SubClassFilter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (options.arrays || options.defaults)
                        object.subClassFilter = [];
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        object.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.toObject(message.parameter, options, _depth + 1);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.subClassFilter && message.subClassFilter.length) {
                        object.subClassFilter = $Array(message.subClassFilter.length);
                        for (let j = 0; j < message.subClassFilter.length; ++j)
                            object.subClassFilter[j] = $root.sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.toObject(message.subClassFilter[j], options, _depth + 1);
                    }
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        object.priority = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.priority] === $undefined ? message.priority : $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.priority] : message.priority;
                    return object;
                };

                SubClassFilter.prototype.toJSON = function() {
                    return SubClassFilter.toObject(this, $protobuf.util.toJSONOptions);
                };

                return SubClassFilter;
            })();

            Task.BehaviourFilter = (function() {

                const BehaviourFilter = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                BehaviourFilter.prototype.parameter = null;
                BehaviourFilter.prototype.type = null;
                BehaviourFilter.prototype.priority = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(BehaviourFilter.prototype, "_parameter", {
                    get: $util.oneOfGetter($oneOfFields = ["parameter"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(BehaviourFilter.prototype, "_type", {
                    get: $util.oneOfGetter($oneOfFields = ["type"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(BehaviourFilter.prototype, "_priority", {
                    get: $util.oneOfGetter($oneOfFields = ["priority"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                BehaviourFilter.create = function(properties) {
                    return new BehaviourFilter(properties);
                };

                BehaviourFilter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.encode(message.parameter, writer.uint32(10).fork(), _depth + 1).ldelim();
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(18).string(message.type);
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        writer.uint32(24).int32(message.priority);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                BehaviourFilter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                BehaviourFilter.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter();
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
                                message.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.decode(reader, reader.size(), $undefined, _depth + 1, message.parameter);
                                message._parameter = "parameter";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.type = reader.stringVerify();
                                message._type = "type";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.priority = reader.int32();
                                message._priority = "priority";
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

                BehaviourFilter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                BehaviourFilter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter")) {
                        properties._parameter = 1;
                        {
                            let error = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.verify(message.parameter, _depth + 1);
                            if (error)
                                return "parameter." + error;
                        }
                    }
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type")) {
                        properties._type = 1;
                        if (!$util.isString(message.type))
                            return "type: string expected";
                    }
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority")) {
                        properties._priority = 1;
                        if (typeof message.priority !== "number" || (message.priority | 0) !== message.priority)
                            return "priority: enum value expected";
                    }
                    return null;
                };

                BehaviourFilter.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter();
                    if (object.parameter != null) {
                        if (!$util.isObject(object.parameter))
                            throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.parameter: object expected");
                        message.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.fromObject(object.parameter, _depth + 1);
                    }
                    if (object.type != null)
                        message.type = $String(object.type);
                    switch (object.priority) {
                    case "DISCRETE_THRESHOLD_UNSPECIFIED":
                    case 0:
                        message.priority = 0;
                        break;
                    case "DISCRETE_THRESHOLD_LOW":
                    case 1:
                        message.priority = 1;
                        break;
                    case "DISCRETE_THRESHOLD_MEDIUM":
                    case 2:
                        message.priority = 2;
                        break;
                    case "DISCRETE_THRESHOLD_HIGH":
                    case 3:
                        message.priority = 3;
                        break;
                    default:
                        if (typeof object.priority === "number" && (object.priority | 0) === object.priority)
                            message.priority = object.priority;
                    }
                    return message;
                };

                BehaviourFilter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.parameter != null && $Object.hasOwnProperty.call(message, "parameter"))
                        object.parameter = $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter.toObject(message.parameter, options, _depth + 1);
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        object.type = message.type;
                    if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                        object.priority = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.priority] === $undefined ? message.priority : $root.sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold[message.priority] : message.priority;
                    return object;
                };

                BehaviourFilter.prototype.toJSON = function() {
                    return BehaviourFilter.toObject(this, $protobuf.util.toJSONOptions);
                };

                return BehaviourFilter;
            })();

            Task.Parameter = (function() {

                const Parameter = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                Parameter.prototype.name = null;
                Parameter.prototype.operator = null;
                Parameter.prototype.value = null;

                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Parameter.prototype, "_name", {
                    get: $util.oneOfGetter($oneOfFields = ["name"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Parameter.prototype, "_operator", {
                    get: $util.oneOfGetter($oneOfFields = ["operator"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Parameter.prototype, "_value", {
                    get: $util.oneOfGetter($oneOfFields = ["value"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                Parameter.create = function(properties) {
                    return new Parameter(properties);
                };

                Parameter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        writer.uint32(10).string(message.name);
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        writer.uint32(16).int32(message.operator);
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        writer.uint32(29).float(message.value);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                Parameter.encodeDelimited = function(message, writer) {
                    return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
                };

                Parameter.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter();
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
                                message.name = reader.stringVerify();
                                message._name = "name";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.operator = reader.int32();
                                message._operator = "operator";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 5)
                                    break;
                                message.value = reader.float();
                                message._value = "value";
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

                Parameter.decodeDelimited = function(reader) {
                    if (!(reader instanceof $Reader))
                        reader = new $Reader(reader);
                    return this.decode(reader, reader.size());
                };

                Parameter.verify = function (message, _depth) {
                    if (typeof message !== "object" || message === null)
                        return "object expected";
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        return "max depth exceeded";
                    let properties = {};
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name")) {
                        properties._name = 1;
                        if (!$util.isString(message.name))
                            return "name: string expected";
                    }
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator")) {
                        properties._operator = 1;
                        if (typeof message.operator !== "number" || (message.operator | 0) !== message.operator)
                            return "operator: enum value expected";
                    }
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value")) {
                        properties._value = 1;
                        if (typeof message.value !== "number")
                            return "value: number expected";
                    }
                    return null;
                };

                Parameter.fromObject = function (object, _depth) {
                    if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter)
                        return object;
                    if (!$util.isObject(object))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.Task.Parameter: object expected");
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let message = new $root.sapient_msg.bsi_flex_335_v2_0.Task.Parameter();
                    if (object.name != null)
                        message.name = $String(object.name);
                    switch (object.operator) {
                    case "OPERATOR_UNSPECIFIED":
                    case 0:
                        message.operator = 0;
                        break;
                    case "OPERATOR_ALL":
                    case 1:
                        message.operator = 1;
                        break;
                    case "OPERATOR_GREATER_THAN":
                    case 2:
                        message.operator = 2;
                        break;
                    case "OPERATOR_LESS_THAN":
                    case 3:
                        message.operator = 3;
                        break;
                    case "OPERATOR_EQUAL":
                    case 4:
                        message.operator = 4;
                        break;
                    default:
                        if (typeof object.operator === "number" && (object.operator | 0) === object.operator)
                            message.operator = object.operator;
                    }
                    if (object.value != null)
                        message.value = $Number(object.value);
                    return message;
                };

                Parameter.toObject = function (message, options, _depth) {
                    if (!options)
                        options = {};
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    let object = {};
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                        object.name = message.name;
                    if (message.operator != null && $Object.hasOwnProperty.call(message, "operator"))
                        object.operator = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.Operator[message.operator] === $undefined ? message.operator : $root.sapient_msg.bsi_flex_335_v2_0.Operator[message.operator] : message.operator;
                    if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                        object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                    return object;
                };

                Parameter.prototype.toJSON = function() {
                    return Parameter.toObject(this, $protobuf.util.toJSONOptions);
                };

                return Parameter;
            })();

            return Task;
        })();

        bsi_flex_335_v2_0.TaskAck = (function() {

            const TaskAck = function (properties) {
                this.reason = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            TaskAck.prototype.taskId = null;
            TaskAck.prototype.taskStatus = null;
            TaskAck.prototype.associatedFile = null;
            TaskAck.prototype.reason = $util.emptyArray;

            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskAck.prototype, "_taskId", {
                get: $util.oneOfGetter($oneOfFields = ["taskId"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskAck.prototype, "_taskStatus", {
                get: $util.oneOfGetter($oneOfFields = ["taskStatus"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(TaskAck.prototype, "_associatedFile", {
                get: $util.oneOfGetter($oneOfFields = ["associatedFile"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            TaskAck.create = function(properties) {
                return new TaskAck(properties);
            };

            TaskAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    writer.uint32(10).string(message.taskId);
                if (message.taskStatus != null && $Object.hasOwnProperty.call(message, "taskStatus"))
                    writer.uint32(16).int32(message.taskStatus);
                if (message.associatedFile != null && $Object.hasOwnProperty.call(message, "associatedFile"))
                    $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.encode(message.associatedFile, writer.uint32(34).fork(), _depth + 1).ldelim();
                if (message.reason != null && message.reason.length)
                    for (let i = 0; i < message.reason.length; ++i)
                        writer.uint32(42).string(message.reason[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            TaskAck.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            TaskAck.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.sapient_msg.bsi_flex_335_v2_0.TaskAck();
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
                            message.taskId = reader.stringVerify();
                            message._taskId = "taskId";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            message.taskStatus = reader.int32();
                            message._taskStatus = "taskStatus";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.associatedFile = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.decode(reader, reader.size(), $undefined, _depth + 1, message.associatedFile);
                            message._associatedFile = "associatedFile";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.reason && message.reason.length))
                                message.reason = [];
                            message.reason.push(reader.stringVerify());
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

            TaskAck.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            TaskAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId")) {
                    properties._taskId = 1;
                    if (!$util.isString(message.taskId))
                        return "taskId: string expected";
                }
                if (message.taskStatus != null && $Object.hasOwnProperty.call(message, "taskStatus")) {
                    properties._taskStatus = 1;
                    if (typeof message.taskStatus !== "number" || (message.taskStatus | 0) !== message.taskStatus)
                        return "taskStatus: enum value expected";
                }
                if (message.associatedFile != null && $Object.hasOwnProperty.call(message, "associatedFile")) {
                    properties._associatedFile = 1;
                    {
                        let error = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.verify(message.associatedFile, _depth + 1);
                        if (error)
                            return "associatedFile." + error;
                    }
                }
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason")) {
                    if (!$Array.isArray(message.reason))
                        return "reason: array expected";
                    for (let i = 0; i < message.reason.length; ++i)
                        if (!$util.isString(message.reason[i]))
                            return "reason: string[] expected";
                }
                return null;
            };

            TaskAck.fromObject = function (object, _depth) {
                if (object instanceof $root.sapient_msg.bsi_flex_335_v2_0.TaskAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.TaskAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.sapient_msg.bsi_flex_335_v2_0.TaskAck();
                if (object.taskId != null)
                    message.taskId = $String(object.taskId);
                switch (object.taskStatus) {
                case "TASK_STATUS_UNSPECIFIED":
                case 0:
                    message.taskStatus = 0;
                    break;
                case "TASK_STATUS_ACCEPTED":
                case 1:
                    message.taskStatus = 1;
                    break;
                case "TASK_STATUS_REJECTED":
                case 2:
                    message.taskStatus = 2;
                    break;
                case "TASK_STATUS_COMPLETED":
                case 3:
                    message.taskStatus = 3;
                    break;
                case "TASK_STATUS_FAILED":
                case 4:
                    message.taskStatus = 4;
                    break;
                default:
                    if (typeof object.taskStatus === "number" && (object.taskStatus | 0) === object.taskStatus)
                        message.taskStatus = object.taskStatus;
                }
                if (object.associatedFile != null) {
                    if (!$util.isObject(object.associatedFile))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.TaskAck.associatedFile: object expected");
                    message.associatedFile = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.fromObject(object.associatedFile, _depth + 1);
                }
                if (object.reason) {
                    if (!$Array.isArray(object.reason))
                        throw $TypeError(".sapient_msg.bsi_flex_335_v2_0.TaskAck.reason: array expected");
                    message.reason = $Array(object.reason.length);
                    for (let i = 0; i < object.reason.length; ++i)
                        message.reason[i] = $String(object.reason[i]);
                }
                return message;
            };

            TaskAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.reason = [];
                if (message.taskId != null && $Object.hasOwnProperty.call(message, "taskId"))
                    object.taskId = message.taskId;
                if (message.taskStatus != null && $Object.hasOwnProperty.call(message, "taskStatus"))
                    object.taskStatus = options.enums === $String ? $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.TaskStatus[message.taskStatus] === $undefined ? message.taskStatus : $root.sapient_msg.bsi_flex_335_v2_0.TaskAck.TaskStatus[message.taskStatus] : message.taskStatus;
                if (message.associatedFile != null && $Object.hasOwnProperty.call(message, "associatedFile"))
                    object.associatedFile = $root.sapient_msg.bsi_flex_335_v2_0.AssociatedFile.toObject(message.associatedFile, options, _depth + 1);
                if (message.reason && message.reason.length) {
                    object.reason = $Array(message.reason.length);
                    for (let j = 0; j < message.reason.length; ++j)
                        object.reason[j] = message.reason[j];
                }
                return object;
            };

            TaskAck.prototype.toJSON = function() {
                return TaskAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            TaskAck.TaskStatus = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "TASK_STATUS_UNSPECIFIED"] = 0;
                values[valuesById[1] = "TASK_STATUS_ACCEPTED"] = 1;
                values[valuesById[2] = "TASK_STATUS_REJECTED"] = 2;
                values[valuesById[3] = "TASK_STATUS_COMPLETED"] = 3;
                values[valuesById[4] = "TASK_STATUS_FAILED"] = 4;
                return values;
            })();

            return TaskAck;
        })();

        return bsi_flex_335_v2_0;
    })();

    return sapient_msg;
})();

export const google = $root.google = (() => {

    const google = {};

    google.protobuf = (function() {

        const protobuf = {};

        protobuf.Timestamp = (function() {

            const Timestamp = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.create = function(properties) {
                return new Timestamp(properties);
            };

            Timestamp.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds") && (typeof message.seconds === "object" ? message.seconds.low || message.seconds.high : message.seconds !== 0))
                    writer.uint32(8).int64(message.seconds);
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos") && message.nanos !== 0)
                    writer.uint32(16).int32(message.nanos);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            Timestamp.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            Timestamp.decode = function (reader, length, _end, _depth, _target) {
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
                message = _target || new $root.google.protobuf.Timestamp();
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
                            if (typeof (value = reader.int64()) === "object" ? value.low || value.high : value !== 0)
                                message.seconds = value;
                            else
                                delete message.seconds;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.nanos = value;
                            else
                                delete message.nanos;
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

            Timestamp.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            Timestamp.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (!$util.isInteger(message.seconds) && !(message.seconds && $util.isInteger(message.seconds.low) && $util.isInteger(message.seconds.high)))
                        return "seconds: integer|Long expected";
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    if (!$util.isInteger(message.nanos))
                        return "nanos: integer expected";
                return null;
            };

            Timestamp.fromObject = function (object, _depth) {
                if (object instanceof $root.google.protobuf.Timestamp)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".google.protobuf.Timestamp: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.google.protobuf.Timestamp();
                if (object.seconds != null)
                    if (typeof object.seconds === "object" ? object.seconds.low || object.seconds.high : $Number(object.seconds) !== 0)
                        if ($util.Long)
                            message.seconds = $util.Long.fromValue(object.seconds, false);
                        else if (typeof object.seconds === "string")
                            message.seconds = $parseInt(object.seconds, 10);
                        else if (typeof object.seconds === "number")
                            message.seconds = object.seconds;
                        else if (typeof object.seconds === "object")
                            message.seconds = new $util.LongBits(object.seconds.low >>> 0, object.seconds.high >>> 0).toNumber();
                if (object.nanos != null)
                    if ($Number(object.nanos) !== 0)
                        message.nanos = object.nanos | 0;
                return message;
            };

            Timestamp.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, false);
                        object.seconds = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seconds = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.nanos = 0;
                }
                if (message.seconds != null && $Object.hasOwnProperty.call(message, "seconds"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seconds = typeof message.seconds === "number" ? $BigInt(message.seconds) : $util.Long.fromBits(message.seconds.low >>> 0, message.seconds.high >>> 0, false).toBigInt();
                    else if (typeof message.seconds === "number")
                        object.seconds = options.longs === $String ? $String(message.seconds) : message.seconds;
                    else
                        object.seconds = options.longs === $String ? $util.Long.prototype.toString.call(message.seconds) : options.longs === $Number ? new $util.LongBits(message.seconds.low >>> 0, message.seconds.high >>> 0).toNumber() : message.seconds;
                if (message.nanos != null && $Object.hasOwnProperty.call(message, "nanos"))
                    object.nanos = message.nanos;
                return object;
            };

            Timestamp.prototype.toJSON = function() {
                return Timestamp.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
