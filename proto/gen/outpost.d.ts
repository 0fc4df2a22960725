import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace outpost. */
export namespace outpost {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a SeqRange.
         * @deprecated Use outpost.v1.SeqRange.$Properties instead.
         */
        interface ISeqRange extends outpost.v1.SeqRange.$Properties {
        }

        /** Represents a SeqRange. */
        class SeqRange {

            /**
             * Constructs a new SeqRange.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.SeqRange.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeqRange first. */
            first: (number|Long);

            /** SeqRange last. */
            last: (number|Long);

            /**
             * Creates a new SeqRange instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeqRange instance
             */
            static create(properties: outpost.v1.SeqRange.$Shape): outpost.v1.SeqRange & outpost.v1.SeqRange.$Shape;
            static create(properties?: outpost.v1.SeqRange.$Properties): outpost.v1.SeqRange;

            /**
             * Encodes the specified SeqRange message. Does not implicitly {@link outpost.v1.SeqRange.verify|verify} messages.
             * @param message SeqRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.SeqRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeqRange message, length delimited. Does not implicitly {@link outpost.v1.SeqRange.verify|verify} messages.
             * @param message SeqRange message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.SeqRange.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeqRange message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.SeqRange & outpost.v1.SeqRange.$Shape} SeqRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.SeqRange & outpost.v1.SeqRange.$Shape;

            /**
             * Decodes a SeqRange message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.SeqRange & outpost.v1.SeqRange.$Shape} SeqRange
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.SeqRange & outpost.v1.SeqRange.$Shape;

            /**
             * Verifies a SeqRange message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeqRange message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeqRange
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.SeqRange;

            /**
             * Creates a plain object from a SeqRange message. Also converts values to other types if specified.
             * @param message SeqRange
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.SeqRange, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeqRange to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SeqRange {

            /** Properties of a SeqRange. */
            interface $Properties {

                /** SeqRange first */
                first?: (number|Long|null);

                /** SeqRange last */
                last?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeqRange. */
            type $Shape = outpost.v1.SeqRange.$Properties;
        }

        /**
         * Properties of an Ack.
         * @deprecated Use outpost.v1.Ack.$Properties instead.
         */
        interface IAck extends outpost.v1.Ack.$Properties {
        }

        /** Represents an Ack. */
        class Ack {

            /**
             * Constructs a new Ack.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Ack.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Ack storeId. */
            storeId: (number|Long);

            /** Ack ranges. */
            ranges: outpost.v1.SeqRange.$Properties[];

            /** Ack rejected. */
            rejected: outpost.v1.SeqRange.$Properties[];

            /** Ack reason. */
            reason: string;

            /** Ack timeUnixMs. */
            timeUnixMs: (number|Long);

            /** Ack duplicates. */
            duplicates: (number|Long);

            /**
             * Creates a new Ack instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Ack instance
             */
            static create(properties: outpost.v1.Ack.$Shape): outpost.v1.Ack & outpost.v1.Ack.$Shape;
            static create(properties?: outpost.v1.Ack.$Properties): outpost.v1.Ack;

            /**
             * Encodes the specified Ack message. Does not implicitly {@link outpost.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Ack message, length delimited. Does not implicitly {@link outpost.v1.Ack.verify|verify} messages.
             * @param message Ack message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Ack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Ack message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Ack & outpost.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Ack & outpost.v1.Ack.$Shape;

            /**
             * Decodes an Ack message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Ack & outpost.v1.Ack.$Shape} Ack
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Ack & outpost.v1.Ack.$Shape;

            /**
             * Verifies an Ack message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Ack message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Ack
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Ack;

            /**
             * Creates a plain object from an Ack message. Also converts values to other types if specified.
             * @param message Ack
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Ack, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Ack to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Ack {

            /** Properties of an Ack. */
            interface $Properties {

                /** Ack storeId */
                storeId?: (number|Long|null);

                /** Ack ranges */
                ranges?: (outpost.v1.SeqRange.$Properties[]|null);

                /** Ack rejected */
                rejected?: (outpost.v1.SeqRange.$Properties[]|null);

                /** Ack reason */
                reason?: (string|null);

                /** Ack timeUnixMs */
                timeUnixMs?: (number|Long|null);

                /** Ack duplicates */
                duplicates?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Ack. */
            type $Shape = outpost.v1.Ack.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use outpost.v1.Command.$Properties instead.
         */
        interface ICommand extends outpost.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command id. */
            id: string;

            /** Command issuer. */
            issuer: string;

            /** Command issuedUnixMs. */
            issuedUnixMs: (number|Long);

            /** Command expiresUnixMs. */
            expiresUnixMs: (number|Long);

            /** Command postId. */
            postId: string;

            /** Command name. */
            name: string;

            /** Command arguments. */
            arguments: { [k: string]: string };

            /** Command payload. */
            payload: Uint8Array;

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: outpost.v1.Command.$Shape): outpost.v1.Command & outpost.v1.Command.$Shape;
            static create(properties?: outpost.v1.Command.$Properties): outpost.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link outpost.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link outpost.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Command & outpost.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Command & outpost.v1.Command.$Shape;

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Command & outpost.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Command & outpost.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Command
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param message Command
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command id */
                id?: (string|null);

                /** Command issuer */
                issuer?: (string|null);

                /** Command issuedUnixMs */
                issuedUnixMs?: (number|Long|null);

                /** Command expiresUnixMs */
                expiresUnixMs?: (number|Long|null);

                /** Command postId */
                postId?: (string|null);

                /** Command name */
                name?: (string|null);

                /** Command arguments */
                "arguments"?: ({ [k: string]: string }|null);

                /** Command payload */
                payload?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Command. */
            type $Shape = outpost.v1.Command.$Properties;
        }

        /**
         * Properties of a SignedCommand.
         * @deprecated Use outpost.v1.SignedCommand.$Properties instead.
         */
        interface ISignedCommand extends outpost.v1.SignedCommand.$Properties {
        }

        /** Represents a SignedCommand. */
        class SignedCommand {

            /**
             * Constructs a new SignedCommand.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.SignedCommand.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SignedCommand command. */
            command: Uint8Array;

            /** SignedCommand signature. */
            signature: Uint8Array;

            /**
             * Creates a new SignedCommand instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SignedCommand instance
             */
            static create(properties: outpost.v1.SignedCommand.$Shape): outpost.v1.SignedCommand & outpost.v1.SignedCommand.$Shape;
            static create(properties?: outpost.v1.SignedCommand.$Properties): outpost.v1.SignedCommand;

            /**
             * Encodes the specified SignedCommand message. Does not implicitly {@link outpost.v1.SignedCommand.verify|verify} messages.
             * @param message SignedCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.SignedCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SignedCommand message, length delimited. Does not implicitly {@link outpost.v1.SignedCommand.verify|verify} messages.
             * @param message SignedCommand message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.SignedCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SignedCommand message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.SignedCommand & outpost.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.SignedCommand & outpost.v1.SignedCommand.$Shape;

            /**
             * Decodes a SignedCommand message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.SignedCommand & outpost.v1.SignedCommand.$Shape} SignedCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.SignedCommand & outpost.v1.SignedCommand.$Shape;

            /**
             * Verifies a SignedCommand message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SignedCommand message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SignedCommand
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.SignedCommand;

            /**
             * Creates a plain object from a SignedCommand message. Also converts values to other types if specified.
             * @param message SignedCommand
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.SignedCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SignedCommand to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SignedCommand {

            /** Properties of a SignedCommand. */
            interface $Properties {

                /** SignedCommand command */
                command?: (Uint8Array|null);

                /** SignedCommand signature */
                signature?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SignedCommand. */
            type $Shape = outpost.v1.SignedCommand.$Properties;
        }

        /** CommandStatus enum. */
        enum CommandStatus {

            /** COMMAND_STATUS_UNSPECIFIED value */
            COMMAND_STATUS_UNSPECIFIED = 0,

            /** COMMAND_STATUS_ACCEPTED value */
            COMMAND_STATUS_ACCEPTED = 1,

            /** COMMAND_STATUS_DONE value */
            COMMAND_STATUS_DONE = 2,

            /** COMMAND_STATUS_FAILED value */
            COMMAND_STATUS_FAILED = 3,

            /** COMMAND_STATUS_REFUSED value */
            COMMAND_STATUS_REFUSED = 4
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use outpost.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends outpost.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult commandId. */
            commandId: string;

            /** CommandResult status. */
            status: outpost.v1.CommandStatus;

            /** CommandResult name. */
            name: string;

            /** CommandResult reason. */
            reason: string;

            /** CommandResult outputText. */
            outputText: string;

            /** CommandResult outputBytes. */
            outputBytes: Uint8Array;

            /** CommandResult outputType. */
            outputType: string;

            /** CommandResult configHash. */
            configHash: string;

            /** CommandResult repeated. */
            repeated: boolean;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: outpost.v1.CommandResult.$Shape): outpost.v1.CommandResult & outpost.v1.CommandResult.$Shape;
            static create(properties?: outpost.v1.CommandResult.$Properties): outpost.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link outpost.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link outpost.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.CommandResult & outpost.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.CommandResult & outpost.v1.CommandResult.$Shape;

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.CommandResult & outpost.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.CommandResult & outpost.v1.CommandResult.$Shape;

            /**
             * Verifies a CommandResult message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns CommandResult
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param message CommandResult
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.CommandResult, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult commandId */
                commandId?: (string|null);

                /** CommandResult status */
                status?: (outpost.v1.CommandStatus|null);

                /** CommandResult name */
                name?: (string|null);

                /** CommandResult reason */
                reason?: (string|null);

                /** CommandResult outputText */
                outputText?: (string|null);

                /** CommandResult outputBytes */
                outputBytes?: (Uint8Array|null);

                /** CommandResult outputType */
                outputType?: (string|null);

                /** CommandResult configHash */
                configHash?: (string|null);

                /** CommandResult repeated */
                repeated?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = outpost.v1.CommandResult.$Properties;
        }

        /** TimeQuality enum. */
        enum TimeQuality {

            /** TIME_QUALITY_UNSPECIFIED value */
            TIME_QUALITY_UNSPECIFIED = 0,

            /** TIME_QUALITY_GPS value */
            TIME_QUALITY_GPS = 1,

            /** TIME_QUALITY_NTP value */
            TIME_QUALITY_NTP = 2,

            /** TIME_QUALITY_RTC value */
            TIME_QUALITY_RTC = 3
        }

        /** Priority enum. */
        enum Priority {

            /** PRIORITY_UNSPECIFIED value */
            PRIORITY_UNSPECIFIED = 0,

            /** PRIORITY_ALARM value */
            PRIORITY_ALARM = 1,

            /** PRIORITY_STATUS value */
            PRIORITY_STATUS = 2,

            /** PRIORITY_BULK value */
            PRIORITY_BULK = 3
        }

        /** DetectionKind enum. */
        enum DetectionKind {

            /** DETECTION_KIND_UNSPECIFIED value */
            DETECTION_KIND_UNSPECIFIED = 0,

            /** DETECTION_KIND_PERSON value */
            DETECTION_KIND_PERSON = 1,

            /** DETECTION_KIND_VEHICLE value */
            DETECTION_KIND_VEHICLE = 2,

            /** DETECTION_KIND_ANIMAL value */
            DETECTION_KIND_ANIMAL = 3,

            /** DETECTION_KIND_BEAM_BREAK value */
            DETECTION_KIND_BEAM_BREAK = 4,

            /** DETECTION_KIND_MOTION value */
            DETECTION_KIND_MOTION = 5,

            /** DETECTION_KIND_UNKNOWN value */
            DETECTION_KIND_UNKNOWN = 6,

            /** DETECTION_KIND_TAMPER value */
            DETECTION_KIND_TAMPER = 7
        }

        /** Direction enum. */
        enum Direction {

            /** DIRECTION_UNSPECIFIED value */
            DIRECTION_UNSPECIFIED = 0,

            /** DIRECTION_IN value */
            DIRECTION_IN = 1,

            /** DIRECTION_OUT value */
            DIRECTION_OUT = 2
        }

        /**
         * Properties of a Detection.
         * @deprecated Use outpost.v1.Detection.$Properties instead.
         */
        interface IDetection extends outpost.v1.Detection.$Properties {
        }

        /** Represents a Detection. */
        class Detection {

            /**
             * Constructs a new Detection.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Detection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Detection id. */
            id: string;

            /** Detection sensor. */
            sensor: string;

            /** Detection kind. */
            kind: outpost.v1.DetectionKind;

            /** Detection confidence. */
            confidence: number;

            /** Detection onsetUnixMs. */
            onsetUnixMs: (number|Long);

            /** Detection durationMs. */
            durationMs: number;

            /** Detection direction. */
            direction: outpost.v1.Direction;

            /** Detection bearingDeg. */
            bearingDeg?: (number|null);

            /** Detection speedMps. */
            speedMps?: (number|null);

            /** Detection peak. */
            peak?: (number|null);

            /** Detection seismic. */
            seismic?: (outpost.v1.SeismicFeatures.$Properties|null);

            /** Detection beam. */
            beam?: (outpost.v1.BeamFeatures.$Properties|null);

            /** Detection pir. */
            pir?: (outpost.v1.PirFeatures.$Properties|null);

            /** Detection features. */
            features?: ("seismic"|"beam"|"pir");

            /**
             * Creates a new Detection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Detection instance
             */
            static create(properties: outpost.v1.Detection.$Shape): outpost.v1.Detection & outpost.v1.Detection.$Shape;
            static create(properties?: outpost.v1.Detection.$Properties): outpost.v1.Detection;

            /**
             * Encodes the specified Detection message. Does not implicitly {@link outpost.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Detection message, length delimited. Does not implicitly {@link outpost.v1.Detection.verify|verify} messages.
             * @param message Detection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Detection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Detection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Detection & outpost.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Detection & outpost.v1.Detection.$Shape;

            /**
             * Decodes a Detection message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Detection & outpost.v1.Detection.$Shape} Detection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Detection & outpost.v1.Detection.$Shape;

            /**
             * Verifies a Detection message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Detection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Detection
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Detection;

            /**
             * Creates a plain object from a Detection message. Also converts values to other types if specified.
             * @param message Detection
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Detection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Detection to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Detection {

            /** Properties of a Detection. */
            interface $Properties {

                /** Detection id */
                id?: (string|null);

                /** Detection sensor */
                sensor?: (string|null);

                /** Detection kind */
                kind?: (outpost.v1.DetectionKind|null);

                /** Detection confidence */
                confidence?: (number|null);

                /** Detection onsetUnixMs */
                onsetUnixMs?: (number|Long|null);

                /** Detection durationMs */
                durationMs?: (number|null);

                /** Detection direction */
                direction?: (outpost.v1.Direction|null);

                /** Detection bearingDeg */
                bearingDeg?: (number|null);

                /** Detection speedMps */
                speedMps?: (number|null);

                /** Detection peak */
                peak?: (number|null);

                /** Detection seismic */
                seismic?: (outpost.v1.SeismicFeatures.$Properties|null);

                /** Detection beam */
                beam?: (outpost.v1.BeamFeatures.$Properties|null);

                /** Detection pir */
                pir?: (outpost.v1.PirFeatures.$Properties|null);

                /** Detection features */
                features?: ("seismic"|"beam"|"pir");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Detection. */
            type $Shape = {
              id?: string|null;
              sensor?: string|null;
              kind?: outpost.v1.DetectionKind|null;
              confidence?: number|null;
              onsetUnixMs?: number|Long|null;
              durationMs?: number|null;
              direction?: outpost.v1.Direction|null;
              bearingDeg?: number|null;
              speedMps?: number|null;
              peak?: number|null;
              seismic?: outpost.v1.SeismicFeatures.$Shape|null;
              beam?: outpost.v1.BeamFeatures.$Shape|null;
              pir?: outpost.v1.PirFeatures.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ features?: undefined; seismic?: null; beam?: null; pir?: null }|{ features?: "seismic"; seismic: outpost.v1.SeismicFeatures.$Shape; beam?: null; pir?: null }|{ features?: "beam"; seismic?: null; beam: outpost.v1.BeamFeatures.$Shape; pir?: null }|{ features?: "pir"; seismic?: null; beam?: null; pir: outpost.v1.PirFeatures.$Shape })
            );
        }

        /**
         * Properties of a SeismicFeatures.
         * @deprecated Use outpost.v1.SeismicFeatures.$Properties instead.
         */
        interface ISeismicFeatures extends outpost.v1.SeismicFeatures.$Properties {
        }

        /** Represents a SeismicFeatures. */
        class SeismicFeatures {

            /**
             * Constructs a new SeismicFeatures.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.SeismicFeatures.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SeismicFeatures energy. */
            energy: number;

            /** SeismicFeatures dominantFrequencyHz. */
            dominantFrequencyHz: number;

            /** SeismicFeatures kurtosis. */
            kurtosis: number;

            /** SeismicFeatures peakStaLta. */
            peakStaLta: number;

            /** SeismicFeatures impulseCount. */
            impulseCount: number;

            /** SeismicFeatures cadenceHz. */
            cadenceHz: number;

            /**
             * Creates a new SeismicFeatures instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SeismicFeatures instance
             */
            static create(properties: outpost.v1.SeismicFeatures.$Shape): outpost.v1.SeismicFeatures & outpost.v1.SeismicFeatures.$Shape;
            static create(properties?: outpost.v1.SeismicFeatures.$Properties): outpost.v1.SeismicFeatures;

            /**
             * Encodes the specified SeismicFeatures message. Does not implicitly {@link outpost.v1.SeismicFeatures.verify|verify} messages.
             * @param message SeismicFeatures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.SeismicFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SeismicFeatures message, length delimited. Does not implicitly {@link outpost.v1.SeismicFeatures.verify|verify} messages.
             * @param message SeismicFeatures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.SeismicFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SeismicFeatures message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.SeismicFeatures & outpost.v1.SeismicFeatures.$Shape} SeismicFeatures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.SeismicFeatures & outpost.v1.SeismicFeatures.$Shape;

            /**
             * Decodes a SeismicFeatures message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.SeismicFeatures & outpost.v1.SeismicFeatures.$Shape} SeismicFeatures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.SeismicFeatures & outpost.v1.SeismicFeatures.$Shape;

            /**
             * Verifies a SeismicFeatures message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SeismicFeatures message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SeismicFeatures
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.SeismicFeatures;

            /**
             * Creates a plain object from a SeismicFeatures message. Also converts values to other types if specified.
             * @param message SeismicFeatures
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.SeismicFeatures, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SeismicFeatures to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SeismicFeatures {

            /** Properties of a SeismicFeatures. */
            interface $Properties {

                /** SeismicFeatures energy */
                energy?: (number|null);

                /** SeismicFeatures dominantFrequencyHz */
                dominantFrequencyHz?: (number|null);

                /** SeismicFeatures kurtosis */
                kurtosis?: (number|null);

                /** SeismicFeatures peakStaLta */
                peakStaLta?: (number|null);

                /** SeismicFeatures impulseCount */
                impulseCount?: (number|null);

                /** SeismicFeatures cadenceHz */
                cadenceHz?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SeismicFeatures. */
            type $Shape = outpost.v1.SeismicFeatures.$Properties;
        }

        /**
         * Properties of a BeamFeatures.
         * @deprecated Use outpost.v1.BeamFeatures.$Properties instead.
         */
        interface IBeamFeatures extends outpost.v1.BeamFeatures.$Properties {
        }

        /** Represents a BeamFeatures. */
        class BeamFeatures {

            /**
             * Constructs a new BeamFeatures.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.BeamFeatures.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** BeamFeatures firstBeam. */
            firstBeam: string;

            /** BeamFeatures delayMs. */
            delayMs: number;

            /** BeamFeatures interruptionMs. */
            interruptionMs: number;

            /** BeamFeatures bothBeams. */
            bothBeams: boolean;

            /**
             * Creates a new BeamFeatures instance using the specified properties.
             * @param [properties] Properties to set
             * @returns BeamFeatures instance
             */
            static create(properties: outpost.v1.BeamFeatures.$Shape): outpost.v1.BeamFeatures & outpost.v1.BeamFeatures.$Shape;
            static create(properties?: outpost.v1.BeamFeatures.$Properties): outpost.v1.BeamFeatures;

            /**
             * Encodes the specified BeamFeatures message. Does not implicitly {@link outpost.v1.BeamFeatures.verify|verify} messages.
             * @param message BeamFeatures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.BeamFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified BeamFeatures message, length delimited. Does not implicitly {@link outpost.v1.BeamFeatures.verify|verify} messages.
             * @param message BeamFeatures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.BeamFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a BeamFeatures message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.BeamFeatures & outpost.v1.BeamFeatures.$Shape} BeamFeatures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.BeamFeatures & outpost.v1.BeamFeatures.$Shape;

            /**
             * Decodes a BeamFeatures message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.BeamFeatures & outpost.v1.BeamFeatures.$Shape} BeamFeatures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.BeamFeatures & outpost.v1.BeamFeatures.$Shape;

            /**
             * Verifies a BeamFeatures message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a BeamFeatures message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns BeamFeatures
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.BeamFeatures;

            /**
             * Creates a plain object from a BeamFeatures message. Also converts values to other types if specified.
             * @param message BeamFeatures
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.BeamFeatures, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this BeamFeatures to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace BeamFeatures {

            /** Properties of a BeamFeatures. */
            interface $Properties {

                /** BeamFeatures firstBeam */
                firstBeam?: (string|null);

                /** BeamFeatures delayMs */
                delayMs?: (number|null);

                /** BeamFeatures interruptionMs */
                interruptionMs?: (number|null);

                /** BeamFeatures bothBeams */
                bothBeams?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a BeamFeatures. */
            type $Shape = outpost.v1.BeamFeatures.$Properties;
        }

        /**
         * Properties of a PirFeatures.
         * @deprecated Use outpost.v1.PirFeatures.$Properties instead.
         */
        interface IPirFeatures extends outpost.v1.PirFeatures.$Properties {
        }

        /** Represents a PirFeatures. */
        class PirFeatures {

            /**
             * Constructs a new PirFeatures.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.PirFeatures.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PirFeatures pulseCount. */
            pulseCount: number;

            /** PirFeatures windowMs. */
            windowMs: number;

            /**
             * Creates a new PirFeatures instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PirFeatures instance
             */
            static create(properties: outpost.v1.PirFeatures.$Shape): outpost.v1.PirFeatures & outpost.v1.PirFeatures.$Shape;
            static create(properties?: outpost.v1.PirFeatures.$Properties): outpost.v1.PirFeatures;

            /**
             * Encodes the specified PirFeatures message. Does not implicitly {@link outpost.v1.PirFeatures.verify|verify} messages.
             * @param message PirFeatures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.PirFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PirFeatures message, length delimited. Does not implicitly {@link outpost.v1.PirFeatures.verify|verify} messages.
             * @param message PirFeatures message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.PirFeatures.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PirFeatures message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.PirFeatures & outpost.v1.PirFeatures.$Shape} PirFeatures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.PirFeatures & outpost.v1.PirFeatures.$Shape;

            /**
             * Decodes a PirFeatures message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.PirFeatures & outpost.v1.PirFeatures.$Shape} PirFeatures
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.PirFeatures & outpost.v1.PirFeatures.$Shape;

            /**
             * Verifies a PirFeatures message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PirFeatures message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PirFeatures
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.PirFeatures;

            /**
             * Creates a plain object from a PirFeatures message. Also converts values to other types if specified.
             * @param message PirFeatures
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.PirFeatures, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PirFeatures to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PirFeatures {

            /** Properties of a PirFeatures. */
            interface $Properties {

                /** PirFeatures pulseCount */
                pulseCount?: (number|null);

                /** PirFeatures windowMs */
                windowMs?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PirFeatures. */
            type $Shape = outpost.v1.PirFeatures.$Properties;
        }

        /**
         * Properties of an Incident.
         * @deprecated Use outpost.v1.Incident.$Properties instead.
         */
        interface IIncident extends outpost.v1.Incident.$Properties {
        }

        /** Represents an Incident. */
        class Incident {

            /**
             * Constructs a new Incident.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Incident.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Incident id. */
            id: string;

            /** Incident kind. */
            kind: outpost.v1.DetectionKind;

            /** Incident confidence. */
            confidence: number;

            /** Incident startUnixMs. */
            startUnixMs: (number|Long);

            /** Incident endUnixMs. */
            endUnixMs: (number|Long);

            /** Incident detectionIds. */
            detectionIds: string[];

            /** Incident sensors. */
            sensors: string[];

            /** Incident coincidenceSum. */
            coincidenceSum: number;

            /** Incident direction. */
            direction: outpost.v1.Direction;

            /** Incident snapshotIds. */
            snapshotIds: string[];

            /**
             * Creates a new Incident instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Incident instance
             */
            static create(properties: outpost.v1.Incident.$Shape): outpost.v1.Incident & outpost.v1.Incident.$Shape;
            static create(properties?: outpost.v1.Incident.$Properties): outpost.v1.Incident;

            /**
             * Encodes the specified Incident message. Does not implicitly {@link outpost.v1.Incident.verify|verify} messages.
             * @param message Incident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Incident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Incident message, length delimited. Does not implicitly {@link outpost.v1.Incident.verify|verify} messages.
             * @param message Incident message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Incident.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Incident message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Incident & outpost.v1.Incident.$Shape} Incident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Incident & outpost.v1.Incident.$Shape;

            /**
             * Decodes an Incident message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Incident & outpost.v1.Incident.$Shape} Incident
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Incident & outpost.v1.Incident.$Shape;

            /**
             * Verifies an Incident message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Incident message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Incident
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Incident;

            /**
             * Creates a plain object from an Incident message. Also converts values to other types if specified.
             * @param message Incident
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Incident, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Incident to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Incident {

            /** Properties of an Incident. */
            interface $Properties {

                /** Incident id */
                id?: (string|null);

                /** Incident kind */
                kind?: (outpost.v1.DetectionKind|null);

                /** Incident confidence */
                confidence?: (number|null);

                /** Incident startUnixMs */
                startUnixMs?: (number|Long|null);

                /** Incident endUnixMs */
                endUnixMs?: (number|Long|null);

                /** Incident detectionIds */
                detectionIds?: (string[]|null);

                /** Incident sensors */
                sensors?: (string[]|null);

                /** Incident coincidenceSum */
                coincidenceSum?: (number|null);

                /** Incident direction */
                direction?: (outpost.v1.Direction|null);

                /** Incident snapshotIds */
                snapshotIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Incident. */
            type $Shape = outpost.v1.Incident.$Properties;
        }

        /**
         * Properties of an Envelope.
         * @deprecated Use outpost.v1.Envelope.$Properties instead.
         */
        interface IEnvelope extends outpost.v1.Envelope.$Properties {
        }

        /** Represents an Envelope. */
        class Envelope {

            /**
             * Constructs a new Envelope.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Envelope.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Envelope postId. */
            postId: string;

            /** Envelope storeId. */
            storeId: (number|Long);

            /** Envelope records. */
            records: outpost.v1.Record.$Properties[];

            /** Envelope sentUnixMs. */
            sentUnixMs: (number|Long);

            /** Envelope deflatedRecords. */
            deflatedRecords: Uint8Array;

            /**
             * Creates a new Envelope instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Envelope instance
             */
            static create(properties: outpost.v1.Envelope.$Shape): outpost.v1.Envelope & outpost.v1.Envelope.$Shape;
            static create(properties?: outpost.v1.Envelope.$Properties): outpost.v1.Envelope;

            /**
             * Encodes the specified Envelope message. Does not implicitly {@link outpost.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Envelope message, length delimited. Does not implicitly {@link outpost.v1.Envelope.verify|verify} messages.
             * @param message Envelope message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Envelope message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Envelope & outpost.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Envelope & outpost.v1.Envelope.$Shape;

            /**
             * Decodes an Envelope message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Envelope & outpost.v1.Envelope.$Shape} Envelope
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Envelope & outpost.v1.Envelope.$Shape;

            /**
             * Verifies an Envelope message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Envelope message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Envelope
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Envelope;

            /**
             * Creates a plain object from an Envelope message. Also converts values to other types if specified.
             * @param message Envelope
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Envelope, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Envelope to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Envelope {

            /** Properties of an Envelope. */
            interface $Properties {

                /** Envelope postId */
                postId?: (string|null);

                /** Envelope storeId */
                storeId?: (number|Long|null);

                /** Envelope records */
                records?: (outpost.v1.Record.$Properties[]|null);

                /** Envelope sentUnixMs */
                sentUnixMs?: (number|Long|null);

                /** Envelope deflatedRecords */
                deflatedRecords?: (Uint8Array|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Envelope. */
            type $Shape = {
              postId?: string|null;
              storeId?: number|Long|null;
              records?: outpost.v1.Record.$Shape[]|null;
              sentUnixMs?: number|Long|null;
              deflatedRecords?: Uint8Array|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Record.
         * @deprecated Use outpost.v1.Record.$Properties instead.
         */
        interface IRecord extends outpost.v1.Record.$Properties {
        }

        /** Represents a Record. */
        class Record {

            /**
             * Constructs a new Record.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Record.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Record seq. */
            seq: (number|Long);

            /** Record timeUnixMs. */
            timeUnixMs: (number|Long);

            /** Record timeQuality. */
            timeQuality: outpost.v1.TimeQuality;

            /** Record priority. */
            priority: outpost.v1.Priority;

            /** Record detection. */
            detection?: (outpost.v1.Detection.$Properties|null);

            /** Record incident. */
            incident?: (outpost.v1.Incident.$Properties|null);

            /** Record reading. */
            reading?: (outpost.v1.Reading.$Properties|null);

            /** Record health. */
            health?: (outpost.v1.Health.$Properties|null);

            /** Record event. */
            event?: (outpost.v1.Event.$Properties|null);

            /** Record snapshot. */
            snapshot?: (outpost.v1.Snapshot.$Properties|null);

            /** Record commandResult. */
            commandResult?: (outpost.v1.CommandResult.$Properties|null);

            /** Record body. */
            body?: ("detection"|"incident"|"reading"|"health"|"event"|"snapshot"|"commandResult");

            /**
             * Creates a new Record instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Record instance
             */
            static create(properties: outpost.v1.Record.$Shape): outpost.v1.Record & outpost.v1.Record.$Shape;
            static create(properties?: outpost.v1.Record.$Properties): outpost.v1.Record;

            /**
             * Encodes the specified Record message. Does not implicitly {@link outpost.v1.Record.verify|verify} messages.
             * @param message Record message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Record.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Record message, length delimited. Does not implicitly {@link outpost.v1.Record.verify|verify} messages.
             * @param message Record message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Record.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Record message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Record & outpost.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Record & outpost.v1.Record.$Shape;

            /**
             * Decodes a Record message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Record & outpost.v1.Record.$Shape} Record
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Record & outpost.v1.Record.$Shape;

            /**
             * Verifies a Record message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Record message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Record
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Record;

            /**
             * Creates a plain object from a Record message. Also converts values to other types if specified.
             * @param message Record
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Record, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Record to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Record {

            /** Properties of a Record. */
            interface $Properties {

                /** Record seq */
                seq?: (number|Long|null);

                /** Record timeUnixMs */
                timeUnixMs?: (number|Long|null);

                /** Record timeQuality */
                timeQuality?: (outpost.v1.TimeQuality|null);

                /** Record priority */
                priority?: (outpost.v1.Priority|null);

                /** Record detection */
                detection?: (outpost.v1.Detection.$Properties|null);

                /** Record incident */
                incident?: (outpost.v1.Incident.$Properties|null);

                /** Record reading */
                reading?: (outpost.v1.Reading.$Properties|null);

                /** Record health */
                health?: (outpost.v1.Health.$Properties|null);

                /** Record event */
                event?: (outpost.v1.Event.$Properties|null);

                /** Record snapshot */
                snapshot?: (outpost.v1.Snapshot.$Properties|null);

                /** Record commandResult */
                commandResult?: (outpost.v1.CommandResult.$Properties|null);

                /** Record body */
                body?: ("detection"|"incident"|"reading"|"health"|"event"|"snapshot"|"commandResult");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Record. */
            type $Shape = {
              seq?: number|Long|null;
              timeUnixMs?: number|Long|null;
              timeQuality?: outpost.v1.TimeQuality|null;
              priority?: outpost.v1.Priority|null;
              detection?: outpost.v1.Detection.$Shape|null;
              incident?: outpost.v1.Incident.$Shape|null;
              reading?: outpost.v1.Reading.$Shape|null;
              health?: outpost.v1.Health.$Shape|null;
              event?: outpost.v1.Event.$Shape|null;
              snapshot?: outpost.v1.Snapshot.$Shape|null;
              commandResult?: outpost.v1.CommandResult.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; detection?: null; incident?: null; reading?: null; health?: null; event?: null; snapshot?: null; commandResult?: null }|{ body?: "detection"; detection: outpost.v1.Detection.$Shape; incident?: null; reading?: null; health?: null; event?: null; snapshot?: null; commandResult?: null }|{ body?: "incident"; detection?: null; incident: outpost.v1.Incident.$Shape; reading?: null; health?: null; event?: null; snapshot?: null; commandResult?: null }|{ body?: "reading"; detection?: null; incident?: null; reading: outpost.v1.Reading.$Shape; health?: null; event?: null; snapshot?: null; commandResult?: null }|{ body?: "health"; detection?: null; incident?: null; reading?: null; health: outpost.v1.Health.$Shape; event?: null; snapshot?: null; commandResult?: null }|{ body?: "event"; detection?: null; incident?: null; reading?: null; health?: null; event: outpost.v1.Event.$Shape; snapshot?: null; commandResult?: null }|{ body?: "snapshot"; detection?: null; incident?: null; reading?: null; health?: null; event?: null; snapshot: outpost.v1.Snapshot.$Shape; commandResult?: null }|{ body?: "commandResult"; detection?: null; incident?: null; reading?: null; health?: null; event?: null; snapshot?: null; commandResult: outpost.v1.CommandResult.$Shape })
            );
        }

        /** EventKind enum. */
        enum EventKind {

            /** EVENT_KIND_UNSPECIFIED value */
            EVENT_KIND_UNSPECIFIED = 0,

            /** EVENT_KIND_FAULT value */
            EVENT_KIND_FAULT = 1,

            /** EVENT_KIND_RECOVERED value */
            EVENT_KIND_RECOVERED = 2,

            /** EVENT_KIND_TAMPER value */
            EVENT_KIND_TAMPER = 3,

            /** EVENT_KIND_RECORDS_DROPPED value */
            EVENT_KIND_RECORDS_DROPPED = 4,

            /** EVENT_KIND_STORE_RESET value */
            EVENT_KIND_STORE_RESET = 5,

            /** EVENT_KIND_AGENT_STARTED value */
            EVENT_KIND_AGENT_STARTED = 6,

            /** EVENT_KIND_CONFIG_RELOADED value */
            EVENT_KIND_CONFIG_RELOADED = 7,

            /** EVENT_KIND_CLOCK_JUMP value */
            EVENT_KIND_CLOCK_JUMP = 8,

            /** EVENT_KIND_ENVIRONMENT value */
            EVENT_KIND_ENVIRONMENT = 9,

            /** EVENT_KIND_DEVICE_INFO value */
            EVENT_KIND_DEVICE_INFO = 10
        }

        /** Severity enum. */
        enum Severity {

            /** SEVERITY_UNSPECIFIED value */
            SEVERITY_UNSPECIFIED = 0,

            /** SEVERITY_INFO value */
            SEVERITY_INFO = 1,

            /** SEVERITY_WARNING value */
            SEVERITY_WARNING = 2,

            /** SEVERITY_ALARM value */
            SEVERITY_ALARM = 3
        }

        /** DropReason enum. */
        enum DropReason {

            /** DROP_REASON_UNSPECIFIED value */
            DROP_REASON_UNSPECIFIED = 0,

            /** DROP_REASON_EVICTED value */
            DROP_REASON_EVICTED = 1,

            /** DROP_REASON_EXPIRED value */
            DROP_REASON_EXPIRED = 2,

            /** DROP_REASON_COMPACTED value */
            DROP_REASON_COMPACTED = 3,

            /** DROP_REASON_REJECTED value */
            DROP_REASON_REJECTED = 4
        }

        /**
         * Properties of a DroppedRecords.
         * @deprecated Use outpost.v1.DroppedRecords.$Properties instead.
         */
        interface IDroppedRecords extends outpost.v1.DroppedRecords.$Properties {
        }

        /** Represents a DroppedRecords. */
        class DroppedRecords {

            /**
             * Constructs a new DroppedRecords.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.DroppedRecords.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DroppedRecords reason. */
            reason: outpost.v1.DropReason;

            /** DroppedRecords priority. */
            priority: outpost.v1.Priority;

            /** DroppedRecords count. */
            count: (number|Long);

            /** DroppedRecords bytes. */
            bytes: (number|Long);

            /** DroppedRecords firstSeq. */
            firstSeq: (number|Long);

            /** DroppedRecords lastSeq. */
            lastSeq: (number|Long);

            /** DroppedRecords oldestUnixMs. */
            oldestUnixMs: (number|Long);

            /** DroppedRecords newestUnixMs. */
            newestUnixMs: (number|Long);

            /**
             * Creates a new DroppedRecords instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DroppedRecords instance
             */
            static create(properties: outpost.v1.DroppedRecords.$Shape): outpost.v1.DroppedRecords & outpost.v1.DroppedRecords.$Shape;
            static create(properties?: outpost.v1.DroppedRecords.$Properties): outpost.v1.DroppedRecords;

            /**
             * Encodes the specified DroppedRecords message. Does not implicitly {@link outpost.v1.DroppedRecords.verify|verify} messages.
             * @param message DroppedRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.DroppedRecords.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DroppedRecords message, length delimited. Does not implicitly {@link outpost.v1.DroppedRecords.verify|verify} messages.
             * @param message DroppedRecords message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.DroppedRecords.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DroppedRecords message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.DroppedRecords & outpost.v1.DroppedRecords.$Shape} DroppedRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.DroppedRecords & outpost.v1.DroppedRecords.$Shape;

            /**
             * Decodes a DroppedRecords message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.DroppedRecords & outpost.v1.DroppedRecords.$Shape} DroppedRecords
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.DroppedRecords & outpost.v1.DroppedRecords.$Shape;

            /**
             * Verifies a DroppedRecords message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DroppedRecords message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DroppedRecords
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.DroppedRecords;

            /**
             * Creates a plain object from a DroppedRecords message. Also converts values to other types if specified.
             * @param message DroppedRecords
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.DroppedRecords, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DroppedRecords to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DroppedRecords {

            /** Properties of a DroppedRecords. */
            interface $Properties {

                /** DroppedRecords reason */
                reason?: (outpost.v1.DropReason|null);

                /** DroppedRecords priority */
                priority?: (outpost.v1.Priority|null);

                /** DroppedRecords count */
                count?: (number|Long|null);

                /** DroppedRecords bytes */
                bytes?: (number|Long|null);

                /** DroppedRecords firstSeq */
                firstSeq?: (number|Long|null);

                /** DroppedRecords lastSeq */
                lastSeq?: (number|Long|null);

                /** DroppedRecords oldestUnixMs */
                oldestUnixMs?: (number|Long|null);

                /** DroppedRecords newestUnixMs */
                newestUnixMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a DroppedRecords. */
            type $Shape = outpost.v1.DroppedRecords.$Properties;
        }

        /**
         * Properties of an Event.
         * @deprecated Use outpost.v1.Event.$Properties instead.
         */
        interface IEvent extends outpost.v1.Event.$Properties {
        }

        /** Represents an Event. */
        class Event {

            /**
             * Constructs a new Event.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Event.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Event kind. */
            kind: outpost.v1.EventKind;

            /** Event severity. */
            severity: outpost.v1.Severity;

            /** Event source. */
            source: string;

            /** Event message. */
            message: string;

            /** Event dropped. */
            dropped?: (outpost.v1.DroppedRecords.$Properties|null);

            /** Event attributes. */
            attributes: { [k: string]: string };

            /**
             * Creates a new Event instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Event instance
             */
            static create(properties: outpost.v1.Event.$Shape): outpost.v1.Event & outpost.v1.Event.$Shape;
            static create(properties?: outpost.v1.Event.$Properties): outpost.v1.Event;

            /**
             * Encodes the specified Event message. Does not implicitly {@link outpost.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Event message, length delimited. Does not implicitly {@link outpost.v1.Event.verify|verify} messages.
             * @param message Event message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Event & outpost.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Event & outpost.v1.Event.$Shape;

            /**
             * Decodes an Event message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Event & outpost.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Event & outpost.v1.Event.$Shape;

            /**
             * Verifies an Event message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Event
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Event;

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @param message Event
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Event to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Event {

            /** Properties of an Event. */
            interface $Properties {

                /** Event kind */
                kind?: (outpost.v1.EventKind|null);

                /** Event severity */
                severity?: (outpost.v1.Severity|null);

                /** Event source */
                source?: (string|null);

                /** Event message */
                message?: (string|null);

                /** Event dropped */
                dropped?: (outpost.v1.DroppedRecords.$Properties|null);

                /** Event attributes */
                attributes?: ({ [k: string]: string }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Event. */
            type $Shape = outpost.v1.Event.$Properties;
        }

        /** ComponentState enum. */
        enum ComponentState {

            /** COMPONENT_STATE_UNSPECIFIED value */
            COMPONENT_STATE_UNSPECIFIED = 0,

            /** COMPONENT_STATE_OK value */
            COMPONENT_STATE_OK = 1,

            /** COMPONENT_STATE_DEGRADED value */
            COMPONENT_STATE_DEGRADED = 2,

            /** COMPONENT_STATE_FAULT value */
            COMPONENT_STATE_FAULT = 3,

            /** COMPONENT_STATE_STOPPED value */
            COMPONENT_STATE_STOPPED = 4
        }

        /**
         * Properties of a Health.
         * @deprecated Use outpost.v1.Health.$Properties instead.
         */
        interface IHealth extends outpost.v1.Health.$Properties {
        }

        /** Represents a Health. */
        class Health {

            /**
             * Constructs a new Health.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Health.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Health components. */
            components: outpost.v1.ComponentHealth.$Properties[];

            /** Health vitals. */
            vitals?: (outpost.v1.Vitals.$Properties|null);

            /**
             * Creates a new Health instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Health instance
             */
            static create(properties: outpost.v1.Health.$Shape): outpost.v1.Health & outpost.v1.Health.$Shape;
            static create(properties?: outpost.v1.Health.$Properties): outpost.v1.Health;

            /**
             * Encodes the specified Health message. Does not implicitly {@link outpost.v1.Health.verify|verify} messages.
             * @param message Health message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Health.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Health message, length delimited. Does not implicitly {@link outpost.v1.Health.verify|verify} messages.
             * @param message Health message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Health.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Health message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Health & outpost.v1.Health.$Shape} Health
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Health & outpost.v1.Health.$Shape;

            /**
             * Decodes a Health message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Health & outpost.v1.Health.$Shape} Health
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Health & outpost.v1.Health.$Shape;

            /**
             * Verifies a Health message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Health message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Health
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Health;

            /**
             * Creates a plain object from a Health message. Also converts values to other types if specified.
             * @param message Health
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Health, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Health to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Health {

            /** Properties of a Health. */
            interface $Properties {

                /** Health components */
                components?: (outpost.v1.ComponentHealth.$Properties[]|null);

                /** Health vitals */
                vitals?: (outpost.v1.Vitals.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Health. */
            type $Shape = outpost.v1.Health.$Properties;
        }

        /**
         * Properties of a ComponentHealth.
         * @deprecated Use outpost.v1.ComponentHealth.$Properties instead.
         */
        interface IComponentHealth extends outpost.v1.ComponentHealth.$Properties {
        }

        /** Represents a ComponentHealth. */
        class ComponentHealth {

            /**
             * Constructs a new ComponentHealth.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.ComponentHealth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ComponentHealth name. */
            name: string;

            /** ComponentHealth state. */
            state: outpost.v1.ComponentState;

            /** ComponentHealth message. */
            message: string;

            /** ComponentHealth sinceUnixMs. */
            sinceUnixMs: (number|Long);

            /** ComponentHealth counters. */
            counters: { [k: string]: number };

            /**
             * Creates a new ComponentHealth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ComponentHealth instance
             */
            static create(properties: outpost.v1.ComponentHealth.$Shape): outpost.v1.ComponentHealth & outpost.v1.ComponentHealth.$Shape;
            static create(properties?: outpost.v1.ComponentHealth.$Properties): outpost.v1.ComponentHealth;

            /**
             * Encodes the specified ComponentHealth message. Does not implicitly {@link outpost.v1.ComponentHealth.verify|verify} messages.
             * @param message ComponentHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.ComponentHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ComponentHealth message, length delimited. Does not implicitly {@link outpost.v1.ComponentHealth.verify|verify} messages.
             * @param message ComponentHealth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.ComponentHealth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ComponentHealth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.ComponentHealth & outpost.v1.ComponentHealth.$Shape} ComponentHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.ComponentHealth & outpost.v1.ComponentHealth.$Shape;

            /**
             * Decodes a ComponentHealth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.ComponentHealth & outpost.v1.ComponentHealth.$Shape} ComponentHealth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.ComponentHealth & outpost.v1.ComponentHealth.$Shape;

            /**
             * Verifies a ComponentHealth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ComponentHealth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ComponentHealth
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.ComponentHealth;

            /**
             * Creates a plain object from a ComponentHealth message. Also converts values to other types if specified.
             * @param message ComponentHealth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.ComponentHealth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ComponentHealth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ComponentHealth {

            /** Properties of a ComponentHealth. */
            interface $Properties {

                /** ComponentHealth name */
                name?: (string|null);

                /** ComponentHealth state */
                state?: (outpost.v1.ComponentState|null);

                /** ComponentHealth message */
                message?: (string|null);

                /** ComponentHealth sinceUnixMs */
                sinceUnixMs?: (number|Long|null);

                /** ComponentHealth counters */
                counters?: ({ [k: string]: number }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ComponentHealth. */
            type $Shape = outpost.v1.ComponentHealth.$Properties;
        }

        /**
         * Properties of an OutboxClassDepth.
         * @deprecated Use outpost.v1.OutboxClassDepth.$Properties instead.
         */
        interface IOutboxClassDepth extends outpost.v1.OutboxClassDepth.$Properties {
        }

        /** Represents an OutboxClassDepth. */
        class OutboxClassDepth {

            /**
             * Constructs a new OutboxClassDepth.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.OutboxClassDepth.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** OutboxClassDepth priority. */
            priority: outpost.v1.Priority;

            /** OutboxClassDepth records. */
            records: (number|Long);

            /** OutboxClassDepth bytes. */
            bytes: (number|Long);

            /** OutboxClassDepth oldestAgeS. */
            oldestAgeS: (number|Long);

            /**
             * Creates a new OutboxClassDepth instance using the specified properties.
             * @param [properties] Properties to set
             * @returns OutboxClassDepth instance
             */
            static create(properties: outpost.v1.OutboxClassDepth.$Shape): outpost.v1.OutboxClassDepth & outpost.v1.OutboxClassDepth.$Shape;
            static create(properties?: outpost.v1.OutboxClassDepth.$Properties): outpost.v1.OutboxClassDepth;

            /**
             * Encodes the specified OutboxClassDepth message. Does not implicitly {@link outpost.v1.OutboxClassDepth.verify|verify} messages.
             * @param message OutboxClassDepth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.OutboxClassDepth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified OutboxClassDepth message, length delimited. Does not implicitly {@link outpost.v1.OutboxClassDepth.verify|verify} messages.
             * @param message OutboxClassDepth message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.OutboxClassDepth.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an OutboxClassDepth message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.OutboxClassDepth & outpost.v1.OutboxClassDepth.$Shape} OutboxClassDepth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.OutboxClassDepth & outpost.v1.OutboxClassDepth.$Shape;

            /**
             * Decodes an OutboxClassDepth message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.OutboxClassDepth & outpost.v1.OutboxClassDepth.$Shape} OutboxClassDepth
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.OutboxClassDepth & outpost.v1.OutboxClassDepth.$Shape;

            /**
             * Verifies an OutboxClassDepth message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an OutboxClassDepth message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns OutboxClassDepth
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.OutboxClassDepth;

            /**
             * Creates a plain object from an OutboxClassDepth message. Also converts values to other types if specified.
             * @param message OutboxClassDepth
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.OutboxClassDepth, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this OutboxClassDepth to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace OutboxClassDepth {

            /** Properties of an OutboxClassDepth. */
            interface $Properties {

                /** OutboxClassDepth priority */
                priority?: (outpost.v1.Priority|null);

                /** OutboxClassDepth records */
                records?: (number|Long|null);

                /** OutboxClassDepth bytes */
                bytes?: (number|Long|null);

                /** OutboxClassDepth oldestAgeS */
                oldestAgeS?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an OutboxClassDepth. */
            type $Shape = outpost.v1.OutboxClassDepth.$Properties;
        }

        /**
         * Properties of a LinkVitals.
         * @deprecated Use outpost.v1.LinkVitals.$Properties instead.
         */
        interface ILinkVitals extends outpost.v1.LinkVitals.$Properties {
        }

        /** Represents a LinkVitals. */
        class LinkVitals {

            /**
             * Constructs a new LinkVitals.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.LinkVitals.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LinkVitals connected. */
            connected: boolean;

            /** LinkVitals ackRttMs. */
            ackRttMs: number;

            /** LinkVitals bytesSent. */
            bytesSent: (number|Long);

            /** LinkVitals recordsSent. */
            recordsSent: (number|Long);

            /** LinkVitals lastSuccessUnixMs. */
            lastSuccessUnixMs: (number|Long);

            /** LinkVitals backlogDrainS. */
            backlogDrainS: (number|Long);

            /** LinkVitals signalDbm. */
            signalDbm?: (number|null);

            /** LinkVitals reconnects. */
            reconnects: number;

            /** LinkVitals ackRttVarMs. */
            ackRttVarMs: number;

            /** LinkVitals deliveryRateBytesPerS. */
            deliveryRateBytesPerS: (number|Long);

            /** LinkVitals queuedBytes. */
            queuedBytes: (number|Long);

            /** LinkVitals resends. */
            resends: (number|Long);

            /** LinkVitals resentBytes. */
            resentBytes: (number|Long);

            /** LinkVitals duplicates. */
            duplicates: (number|Long);

            /** LinkVitals windowBytes. */
            windowBytes: (number|Long);

            /**
             * Creates a new LinkVitals instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LinkVitals instance
             */
            static create(properties: outpost.v1.LinkVitals.$Shape): outpost.v1.LinkVitals & outpost.v1.LinkVitals.$Shape;
            static create(properties?: outpost.v1.LinkVitals.$Properties): outpost.v1.LinkVitals;

            /**
             * Encodes the specified LinkVitals message. Does not implicitly {@link outpost.v1.LinkVitals.verify|verify} messages.
             * @param message LinkVitals message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.LinkVitals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LinkVitals message, length delimited. Does not implicitly {@link outpost.v1.LinkVitals.verify|verify} messages.
             * @param message LinkVitals message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.LinkVitals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LinkVitals message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.LinkVitals & outpost.v1.LinkVitals.$Shape} LinkVitals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.LinkVitals & outpost.v1.LinkVitals.$Shape;

            /**
             * Decodes a LinkVitals message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.LinkVitals & outpost.v1.LinkVitals.$Shape} LinkVitals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.LinkVitals & outpost.v1.LinkVitals.$Shape;

            /**
             * Verifies a LinkVitals message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LinkVitals message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LinkVitals
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.LinkVitals;

            /**
             * Creates a plain object from a LinkVitals message. Also converts values to other types if specified.
             * @param message LinkVitals
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.LinkVitals, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LinkVitals to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LinkVitals {

            /** Properties of a LinkVitals. */
            interface $Properties {

                /** LinkVitals connected */
                connected?: (boolean|null);

                /** LinkVitals ackRttMs */
                ackRttMs?: (number|null);

                /** LinkVitals bytesSent */
                bytesSent?: (number|Long|null);

                /** LinkVitals recordsSent */
                recordsSent?: (number|Long|null);

                /** LinkVitals lastSuccessUnixMs */
                lastSuccessUnixMs?: (number|Long|null);

                /** LinkVitals backlogDrainS */
                backlogDrainS?: (number|Long|null);

                /** LinkVitals signalDbm */
                signalDbm?: (number|null);

                /** LinkVitals reconnects */
                reconnects?: (number|null);

                /** LinkVitals ackRttVarMs */
                ackRttVarMs?: (number|null);

                /** LinkVitals deliveryRateBytesPerS */
                deliveryRateBytesPerS?: (number|Long|null);

                /** LinkVitals queuedBytes */
                queuedBytes?: (number|Long|null);

                /** LinkVitals resends */
                resends?: (number|Long|null);

                /** LinkVitals resentBytes */
                resentBytes?: (number|Long|null);

                /** LinkVitals duplicates */
                duplicates?: (number|Long|null);

                /** LinkVitals windowBytes */
                windowBytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LinkVitals. */
            type $Shape = outpost.v1.LinkVitals.$Properties;
        }

        /**
         * Properties of a Vitals.
         * @deprecated Use outpost.v1.Vitals.$Properties instead.
         */
        interface IVitals extends outpost.v1.Vitals.$Properties {
        }

        /** Represents a Vitals. */
        class Vitals {

            /**
             * Constructs a new Vitals.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Vitals.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Vitals supplyVoltageV. */
            supplyVoltageV?: (number|null);

            /** Vitals cpuTemperatureC. */
            cpuTemperatureC?: (number|null);

            /** Vitals memoryUsedBytes. */
            memoryUsedBytes: (number|Long);

            /** Vitals memoryTotalBytes. */
            memoryTotalBytes: (number|Long);

            /** Vitals diskFreeBytes. */
            diskFreeBytes: (number|Long);

            /** Vitals diskTotalBytes. */
            diskTotalBytes: (number|Long);

            /** Vitals uptimeS. */
            uptimeS: (number|Long);

            /** Vitals outbox. */
            outbox: outpost.v1.OutboxClassDepth.$Properties[];

            /** Vitals link. */
            link?: (outpost.v1.LinkVitals.$Properties|null);

            /** Vitals clockSource. */
            clockSource: outpost.v1.TimeQuality;

            /** Vitals position. */
            position?: (outpost.v1.Position.$Properties|null);

            /** Vitals loadAverage_1m. */
            loadAverage_1m: number;

            /** Vitals agentRssBytes. */
            agentRssBytes: (number|Long);

            /**
             * Creates a new Vitals instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Vitals instance
             */
            static create(properties: outpost.v1.Vitals.$Shape): outpost.v1.Vitals & outpost.v1.Vitals.$Shape;
            static create(properties?: outpost.v1.Vitals.$Properties): outpost.v1.Vitals;

            /**
             * Encodes the specified Vitals message. Does not implicitly {@link outpost.v1.Vitals.verify|verify} messages.
             * @param message Vitals message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Vitals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Vitals message, length delimited. Does not implicitly {@link outpost.v1.Vitals.verify|verify} messages.
             * @param message Vitals message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Vitals.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Vitals message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Vitals & outpost.v1.Vitals.$Shape} Vitals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Vitals & outpost.v1.Vitals.$Shape;

            /**
             * Decodes a Vitals message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Vitals & outpost.v1.Vitals.$Shape} Vitals
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Vitals & outpost.v1.Vitals.$Shape;

            /**
             * Verifies a Vitals message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Vitals message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Vitals
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Vitals;

            /**
             * Creates a plain object from a Vitals message. Also converts values to other types if specified.
             * @param message Vitals
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Vitals, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Vitals to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Vitals {

            /** Properties of a Vitals. */
            interface $Properties {

                /** Vitals supplyVoltageV */
                supplyVoltageV?: (number|null);

                /** Vitals cpuTemperatureC */
                cpuTemperatureC?: (number|null);

                /** Vitals memoryUsedBytes */
                memoryUsedBytes?: (number|Long|null);

                /** Vitals memoryTotalBytes */
                memoryTotalBytes?: (number|Long|null);

                /** Vitals diskFreeBytes */
                diskFreeBytes?: (number|Long|null);

                /** Vitals diskTotalBytes */
                diskTotalBytes?: (number|Long|null);

                /** Vitals uptimeS */
                uptimeS?: (number|Long|null);

                /** Vitals outbox */
                outbox?: (outpost.v1.OutboxClassDepth.$Properties[]|null);

                /** Vitals link */
                link?: (outpost.v1.LinkVitals.$Properties|null);

                /** Vitals clockSource */
                clockSource?: (outpost.v1.TimeQuality|null);

                /** Vitals position */
                position?: (outpost.v1.Position.$Properties|null);

                /** Vitals loadAverage_1m */
                loadAverage_1m?: (number|null);

                /** Vitals agentRssBytes */
                agentRssBytes?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Vitals. */
            type $Shape = outpost.v1.Vitals.$Properties;
        }

        /** PostStatus enum. */
        enum PostStatus {

            /** POST_STATUS_UNSPECIFIED value */
            POST_STATUS_UNSPECIFIED = 0,

            /** POST_STATUS_ONLINE value */
            POST_STATUS_ONLINE = 1,

            /** POST_STATUS_OFFLINE value */
            POST_STATUS_OFFLINE = 2,

            /** POST_STATUS_LOST value */
            POST_STATUS_LOST = 3
        }

        /** FixQuality enum. */
        enum FixQuality {

            /** FIX_QUALITY_UNSPECIFIED value */
            FIX_QUALITY_UNSPECIFIED = 0,

            /** FIX_QUALITY_NONE value */
            FIX_QUALITY_NONE = 1,

            /** FIX_QUALITY_GPS value */
            FIX_QUALITY_GPS = 2,

            /** FIX_QUALITY_DGPS value */
            FIX_QUALITY_DGPS = 3,

            /** FIX_QUALITY_RTK value */
            FIX_QUALITY_RTK = 4,

            /** FIX_QUALITY_FLOAT_RTK value */
            FIX_QUALITY_FLOAT_RTK = 5,

            /** FIX_QUALITY_ESTIMATED value */
            FIX_QUALITY_ESTIMATED = 6,

            /** FIX_QUALITY_CONFIGURED value */
            FIX_QUALITY_CONFIGURED = 7
        }

        /**
         * Properties of a Position.
         * @deprecated Use outpost.v1.Position.$Properties instead.
         */
        interface IPosition extends outpost.v1.Position.$Properties {
        }

        /** Represents a Position. */
        class Position {

            /**
             * Constructs a new Position.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Position.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Position latitudeDeg. */
            latitudeDeg: number;

            /** Position longitudeDeg. */
            longitudeDeg: number;

            /** Position altitudeM. */
            altitudeM?: (number|null);

            /** Position fixQuality. */
            fixQuality: outpost.v1.FixQuality;

            /** Position satellites. */
            satellites: number;

            /** Position hdop. */
            hdop?: (number|null);

            /**
             * Creates a new Position instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Position instance
             */
            static create(properties: outpost.v1.Position.$Shape): outpost.v1.Position & outpost.v1.Position.$Shape;
            static create(properties?: outpost.v1.Position.$Properties): outpost.v1.Position;

            /**
             * Encodes the specified Position message. Does not implicitly {@link outpost.v1.Position.verify|verify} messages.
             * @param message Position message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Position message, length delimited. Does not implicitly {@link outpost.v1.Position.verify|verify} messages.
             * @param message Position message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Position.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Position message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Position & outpost.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Position & outpost.v1.Position.$Shape;

            /**
             * Decodes a Position message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Position & outpost.v1.Position.$Shape} Position
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Position & outpost.v1.Position.$Shape;

            /**
             * Verifies a Position message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Position message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Position
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Position;

            /**
             * Creates a plain object from a Position message. Also converts values to other types if specified.
             * @param message Position
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Position, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Position to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Position {

            /** Properties of a Position. */
            interface $Properties {

                /** Position latitudeDeg */
                latitudeDeg?: (number|null);

                /** Position longitudeDeg */
                longitudeDeg?: (number|null);

                /** Position altitudeM */
                altitudeM?: (number|null);

                /** Position fixQuality */
                fixQuality?: (outpost.v1.FixQuality|null);

                /** Position satellites */
                satellites?: (number|null);

                /** Position hdop */
                hdop?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Position. */
            type $Shape = outpost.v1.Position.$Properties;
        }

        /**
         * Properties of a PostState.
         * @deprecated Use outpost.v1.PostState.$Properties instead.
         */
        interface IPostState extends outpost.v1.PostState.$Properties {
        }

        /** Represents a PostState. */
        class PostState {

            /**
             * Constructs a new PostState.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.PostState.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PostState postId. */
            postId: string;

            /** PostState status. */
            status: outpost.v1.PostStatus;

            /** PostState bootId. */
            bootId: string;

            /** PostState agentVersion. */
            agentVersion: string;

            /** PostState configHash. */
            configHash: string;

            /** PostState startedUnixMs. */
            startedUnixMs: (number|Long);

            /** PostState timeUnixMs. */
            timeUnixMs: (number|Long);

            /** PostState name. */
            name: string;

            /** PostState position. */
            position?: (outpost.v1.Position.$Properties|null);

            /** PostState storeId. */
            storeId: (number|Long);

            /**
             * Creates a new PostState instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PostState instance
             */
            static create(properties: outpost.v1.PostState.$Shape): outpost.v1.PostState & outpost.v1.PostState.$Shape;
            static create(properties?: outpost.v1.PostState.$Properties): outpost.v1.PostState;

            /**
             * Encodes the specified PostState message. Does not implicitly {@link outpost.v1.PostState.verify|verify} messages.
             * @param message PostState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.PostState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PostState message, length delimited. Does not implicitly {@link outpost.v1.PostState.verify|verify} messages.
             * @param message PostState message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.PostState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PostState message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.PostState & outpost.v1.PostState.$Shape} PostState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.PostState & outpost.v1.PostState.$Shape;

            /**
             * Decodes a PostState message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.PostState & outpost.v1.PostState.$Shape} PostState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.PostState & outpost.v1.PostState.$Shape;

            /**
             * Verifies a PostState message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a PostState message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns PostState
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.PostState;

            /**
             * Creates a plain object from a PostState message. Also converts values to other types if specified.
             * @param message PostState
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.PostState, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PostState to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace PostState {

            /** Properties of a PostState. */
            interface $Properties {

                /** PostState postId */
                postId?: (string|null);

                /** PostState status */
                status?: (outpost.v1.PostStatus|null);

                /** PostState bootId */
                bootId?: (string|null);

                /** PostState agentVersion */
                agentVersion?: (string|null);

                /** PostState configHash */
                configHash?: (string|null);

                /** PostState startedUnixMs */
                startedUnixMs?: (number|Long|null);

                /** PostState timeUnixMs */
                timeUnixMs?: (number|Long|null);

                /** PostState name */
                name?: (string|null);

                /** PostState position */
                position?: (outpost.v1.Position.$Properties|null);

                /** PostState storeId */
                storeId?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PostState. */
            type $Shape = outpost.v1.PostState.$Properties;
        }

        /**
         * Properties of a Reading.
         * @deprecated Use outpost.v1.Reading.$Properties instead.
         */
        interface IReading extends outpost.v1.Reading.$Properties {
        }

        /** Represents a Reading. */
        class Reading {

            /**
             * Constructs a new Reading.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Reading.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reading sensor. */
            sensor: string;

            /** Reading channels. */
            channels: outpost.v1.Channel.$Properties[];

            /** Reading samples. */
            samples: outpost.v1.Sample.$Properties[];

            /**
             * Creates a new Reading instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reading instance
             */
            static create(properties: outpost.v1.Reading.$Shape): outpost.v1.Reading & outpost.v1.Reading.$Shape;
            static create(properties?: outpost.v1.Reading.$Properties): outpost.v1.Reading;

            /**
             * Encodes the specified Reading message. Does not implicitly {@link outpost.v1.Reading.verify|verify} messages.
             * @param message Reading message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Reading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reading message, length delimited. Does not implicitly {@link outpost.v1.Reading.verify|verify} messages.
             * @param message Reading message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Reading.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reading message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Reading & outpost.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Reading & outpost.v1.Reading.$Shape;

            /**
             * Decodes a Reading message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Reading & outpost.v1.Reading.$Shape} Reading
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Reading & outpost.v1.Reading.$Shape;

            /**
             * Verifies a Reading message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Reading message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Reading
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Reading;

            /**
             * Creates a plain object from a Reading message. Also converts values to other types if specified.
             * @param message Reading
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Reading, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reading to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Reading {

            /** Properties of a Reading. */
            interface $Properties {

                /** Reading sensor */
                sensor?: (string|null);

                /** Reading channels */
                channels?: (outpost.v1.Channel.$Properties[]|null);

                /** Reading samples */
                samples?: (outpost.v1.Sample.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reading. */
            type $Shape = outpost.v1.Reading.$Properties;
        }

        /**
         * Properties of a Channel.
         * @deprecated Use outpost.v1.Channel.$Properties instead.
         */
        interface IChannel extends outpost.v1.Channel.$Properties {
        }

        /** Represents a Channel. */
        class Channel {

            /**
             * Constructs a new Channel.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Channel.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Channel name. */
            name: string;

            /** Channel unit. */
            unit: string;

            /**
             * Creates a new Channel instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Channel instance
             */
            static create(properties: outpost.v1.Channel.$Shape): outpost.v1.Channel & outpost.v1.Channel.$Shape;
            static create(properties?: outpost.v1.Channel.$Properties): outpost.v1.Channel;

            /**
             * Encodes the specified Channel message. Does not implicitly {@link outpost.v1.Channel.verify|verify} messages.
             * @param message Channel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Channel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Channel message, length delimited. Does not implicitly {@link outpost.v1.Channel.verify|verify} messages.
             * @param message Channel message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Channel.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Channel message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Channel & outpost.v1.Channel.$Shape} Channel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Channel & outpost.v1.Channel.$Shape;

            /**
             * Decodes a Channel message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Channel & outpost.v1.Channel.$Shape} Channel
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Channel & outpost.v1.Channel.$Shape;

            /**
             * Verifies a Channel message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Channel message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Channel
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Channel;

            /**
             * Creates a plain object from a Channel message. Also converts values to other types if specified.
             * @param message Channel
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Channel, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Channel to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Channel {

            /** Properties of a Channel. */
            interface $Properties {

                /** Channel name */
                name?: (string|null);

                /** Channel unit */
                unit?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Channel. */
            type $Shape = outpost.v1.Channel.$Properties;
        }

        /**
         * Properties of a Sample.
         * @deprecated Use outpost.v1.Sample.$Properties instead.
         */
        interface ISample extends outpost.v1.Sample.$Properties {
        }

        /** Represents a Sample. */
        class Sample {

            /**
             * Constructs a new Sample.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Sample.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Sample offsetMs. */
            offsetMs: (number|Long);

            /** Sample values. */
            values: number[];

            /** Sample faulted. */
            faulted: number[];

            /**
             * Creates a new Sample instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Sample instance
             */
            static create(properties: outpost.v1.Sample.$Shape): outpost.v1.Sample & outpost.v1.Sample.$Shape;
            static create(properties?: outpost.v1.Sample.$Properties): outpost.v1.Sample;

            /**
             * Encodes the specified Sample message. Does not implicitly {@link outpost.v1.Sample.verify|verify} messages.
             * @param message Sample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Sample message, length delimited. Does not implicitly {@link outpost.v1.Sample.verify|verify} messages.
             * @param message Sample message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Sample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Sample message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Sample & outpost.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Sample & outpost.v1.Sample.$Shape;

            /**
             * Decodes a Sample message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Sample & outpost.v1.Sample.$Shape} Sample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Sample & outpost.v1.Sample.$Shape;

            /**
             * Verifies a Sample message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Sample message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Sample
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Sample;

            /**
             * Creates a plain object from a Sample message. Also converts values to other types if specified.
             * @param message Sample
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Sample, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Sample to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Sample {

            /** Properties of a Sample. */
            interface $Properties {

                /** Sample offsetMs */
                offsetMs?: (number|Long|null);

                /** Sample values */
                values?: (number[]|null);

                /** Sample faulted */
                faulted?: (number[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Sample. */
            type $Shape = outpost.v1.Sample.$Properties;
        }

        /** SnapshotReason enum. */
        enum SnapshotReason {

            /** SNAPSHOT_REASON_UNSPECIFIED value */
            SNAPSHOT_REASON_UNSPECIFIED = 0,

            /** SNAPSHOT_REASON_ALARM value */
            SNAPSHOT_REASON_ALARM = 1,

            /** SNAPSHOT_REASON_SCHEDULED value */
            SNAPSHOT_REASON_SCHEDULED = 2,

            /** SNAPSHOT_REASON_REQUESTED value */
            SNAPSHOT_REASON_REQUESTED = 3
        }

        /**
         * Properties of a Snapshot.
         * @deprecated Use outpost.v1.Snapshot.$Properties instead.
         */
        interface ISnapshot extends outpost.v1.Snapshot.$Properties {
        }

        /** Represents a Snapshot. */
        class Snapshot {

            /**
             * Constructs a new Snapshot.
             * @param [properties] Properties to set
             */
            constructor(properties?: outpost.v1.Snapshot.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Snapshot camera. */
            camera: string;

            /** Snapshot detectionId. */
            detectionId: string;

            /** Snapshot contentType. */
            contentType: string;

            /** Snapshot data. */
            data: Uint8Array;

            /** Snapshot width. */
            width: number;

            /** Snapshot height. */
            height: number;

            /** Snapshot id. */
            id: string;

            /** Snapshot incidentId. */
            incidentId: string;

            /** Snapshot reason. */
            reason: outpost.v1.SnapshotReason;

            /** Snapshot frameIndex. */
            frameIndex: number;

            /** Snapshot frameCount. */
            frameCount: number;

            /** Snapshot fullWidth. */
            fullWidth: number;

            /** Snapshot fullHeight. */
            fullHeight: number;

            /** Snapshot fullSizeBytes. */
            fullSizeBytes: (number|Long);

            /** Snapshot triggerSensor. */
            triggerSensor: string;

            /**
             * Creates a new Snapshot instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Snapshot instance
             */
            static create(properties: outpost.v1.Snapshot.$Shape): outpost.v1.Snapshot & outpost.v1.Snapshot.$Shape;
            static create(properties?: outpost.v1.Snapshot.$Properties): outpost.v1.Snapshot;

            /**
             * Encodes the specified Snapshot message. Does not implicitly {@link outpost.v1.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: outpost.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Snapshot message, length delimited. Does not implicitly {@link outpost.v1.Snapshot.verify|verify} messages.
             * @param message Snapshot message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: outpost.v1.Snapshot.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Snapshot message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {outpost.v1.Snapshot & outpost.v1.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): outpost.v1.Snapshot & outpost.v1.Snapshot.$Shape;

            /**
             * Decodes a Snapshot message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {outpost.v1.Snapshot & outpost.v1.Snapshot.$Shape} Snapshot
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): outpost.v1.Snapshot & outpost.v1.Snapshot.$Shape;

            /**
             * Verifies a Snapshot message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Snapshot message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Snapshot
             */
            static fromObject(object: { [k: string]: any }): outpost.v1.Snapshot;

            /**
             * Creates a plain object from a Snapshot message. Also converts values to other types if specified.
             * @param message Snapshot
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: outpost.v1.Snapshot, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Snapshot to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Snapshot {

            /** Properties of a Snapshot. */
            interface $Properties {

                /** Snapshot camera */
                camera?: (string|null);

                /** Snapshot detectionId */
                detectionId?: (string|null);

                /** Snapshot contentType */
                contentType?: (string|null);

                /** Snapshot data */
                data?: (Uint8Array|null);

                /** Snapshot width */
                width?: (number|null);

                /** Snapshot height */
                height?: (number|null);

                /** Snapshot id */
                id?: (string|null);

                /** Snapshot incidentId */
                incidentId?: (string|null);

                /** Snapshot reason */
                reason?: (outpost.v1.SnapshotReason|null);

                /** Snapshot frameIndex */
                frameIndex?: (number|null);

                /** Snapshot frameCount */
                frameCount?: (number|null);

                /** Snapshot fullWidth */
                fullWidth?: (number|null);

                /** Snapshot fullHeight */
                fullHeight?: (number|null);

                /** Snapshot fullSizeBytes */
                fullSizeBytes?: (number|Long|null);

                /** Snapshot triggerSensor */
                triggerSensor?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Snapshot. */
            type $Shape = outpost.v1.Snapshot.$Properties;
        }
    }
}
