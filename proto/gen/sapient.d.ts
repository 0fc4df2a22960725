import * as $protobuf from "protobufjs/minimal.js";
import Long = require("long");

/** Namespace sapient_msg. */
export namespace sapient_msg {

    /** Namespace bsi_flex_335_v2_0. */
    namespace bsi_flex_335_v2_0 {

        /**
         * Properties of an Alert.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Alert.$Properties instead.
         */
        interface IAlert extends sapient_msg.bsi_flex_335_v2_0.Alert.$Properties {
        }

        /** Represents an Alert. */
        class Alert {

            /**
             * Constructs a new Alert.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Alert.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Alert alertId. */
            alertId?: (string|null);

            /** Alert alertType. */
            alertType?: (sapient_msg.bsi_flex_335_v2_0.Alert.AlertType|null);

            /** Alert status. */
            status?: (sapient_msg.bsi_flex_335_v2_0.Alert.AlertStatus|null);

            /** Alert description. */
            description?: (string|null);

            /** Alert rangeBearing. */
            rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties|null);

            /** Alert location. */
            location?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

            /** Alert regionId. */
            regionId?: (string|null);

            /** Alert priority. */
            priority?: (sapient_msg.bsi_flex_335_v2_0.Alert.DiscretePriority|null);

            /** Alert ranking. */
            ranking?: (number|null);

            /** Alert confidence. */
            confidence?: (number|null);

            /** Alert associatedFile. */
            associatedFile: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties[];

            /** Alert associatedDetection. */
            associatedDetection: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties[];

            /** Alert additionalInformation. */
            additionalInformation?: (string|null);

            /** Alert locationOneof. */
            locationOneof?: ("rangeBearing"|"location");

            /**
             * Creates a new Alert instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Alert instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.Alert.$Shape): sapient_msg.bsi_flex_335_v2_0.Alert & sapient_msg.bsi_flex_335_v2_0.Alert.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.Alert.$Properties): sapient_msg.bsi_flex_335_v2_0.Alert;

            /**
             * Encodes the specified Alert message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Alert message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Alert.verify|verify} messages.
             * @param message Alert message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Alert.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Alert message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.Alert & sapient_msg.bsi_flex_335_v2_0.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Alert & sapient_msg.bsi_flex_335_v2_0.Alert.$Shape;

            /**
             * Decodes an Alert message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.Alert & sapient_msg.bsi_flex_335_v2_0.Alert.$Shape} Alert
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Alert & sapient_msg.bsi_flex_335_v2_0.Alert.$Shape;

            /**
             * Verifies an Alert message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Alert message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Alert
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Alert;

            /**
             * Creates a plain object from an Alert message. Also converts values to other types if specified.
             * @param message Alert
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.Alert, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Alert to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Alert {

            /** Properties of an Alert. */
            interface $Properties {

                /** Alert alertId */
                alertId?: (string|null);

                /** Alert alertType */
                alertType?: (sapient_msg.bsi_flex_335_v2_0.Alert.AlertType|null);

                /** Alert status */
                status?: (sapient_msg.bsi_flex_335_v2_0.Alert.AlertStatus|null);

                /** Alert description */
                description?: (string|null);

                /** Alert rangeBearing */
                rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties|null);

                /** Alert location */
                location?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

                /** Alert regionId */
                regionId?: (string|null);

                /** Alert priority */
                priority?: (sapient_msg.bsi_flex_335_v2_0.Alert.DiscretePriority|null);

                /** Alert ranking */
                ranking?: (number|null);

                /** Alert confidence */
                confidence?: (number|null);

                /** Alert associatedFile */
                associatedFile?: (sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties[]|null);

                /** Alert associatedDetection */
                associatedDetection?: (sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties[]|null);

                /** Alert additionalInformation */
                additionalInformation?: (string|null);

                /** Alert locationOneof */
                locationOneof?: ("rangeBearing"|"location");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of an Alert. */
            type $Shape = {
              alertId?: string|null;
              alertType?: sapient_msg.bsi_flex_335_v2_0.Alert.AlertType|null;
              status?: sapient_msg.bsi_flex_335_v2_0.Alert.AlertStatus|null;
              description?: string|null;
              rangeBearing?: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape|null;
              location?: sapient_msg.bsi_flex_335_v2_0.Location.$Shape|null;
              regionId?: string|null;
              priority?: sapient_msg.bsi_flex_335_v2_0.Alert.DiscretePriority|null;
              ranking?: number|null;
              confidence?: number|null;
              associatedFile?: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape[]|null;
              associatedDetection?: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape[]|null;
              additionalInformation?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ locationOneof?: undefined; rangeBearing?: null; location?: null }|{ locationOneof?: "rangeBearing"; rangeBearing: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape; location?: null }|{ locationOneof?: "location"; rangeBearing?: null; location: sapient_msg.bsi_flex_335_v2_0.Location.$Shape })
            );

            /** AlertType enum. */
            enum AlertType {

                /** ALERT_TYPE_UNSPECIFIED value */
                ALERT_TYPE_UNSPECIFIED = 0,

                /** ALERT_TYPE_INFORMATION value */
                ALERT_TYPE_INFORMATION = 1,

                /** ALERT_TYPE_WARNING value */
                ALERT_TYPE_WARNING = 2,

                /** ALERT_TYPE_CRITICAL value */
                ALERT_TYPE_CRITICAL = 3,

                /** ALERT_TYPE_ERROR value */
                ALERT_TYPE_ERROR = 4,

                /** ALERT_TYPE_FATAL value */
                ALERT_TYPE_FATAL = 5,

                /** ALERT_TYPE_MODE_CHANGE value */
                ALERT_TYPE_MODE_CHANGE = 6
            }

            /** AlertStatus enum. */
            enum AlertStatus {

                /** ALERT_STATUS_UNSPECIFIED value */
                ALERT_STATUS_UNSPECIFIED = 0,

                /** ALERT_STATUS_ACTIVE value */
                ALERT_STATUS_ACTIVE = 1,

                /** ALERT_STATUS_ACKNOWLEDGE value */
                ALERT_STATUS_ACKNOWLEDGE = 2,

                /** ALERT_STATUS_REJECT value */
                ALERT_STATUS_REJECT = 3,

                /** ALERT_STATUS_IGNORE value */
                ALERT_STATUS_IGNORE = 4,

                /** ALERT_STATUS_CLEAR value */
                ALERT_STATUS_CLEAR = 5
            }

            /** DiscretePriority enum. */
            enum DiscretePriority {

                /** DISCRETE_PRIORITY_UNSPECIFIED value */
                DISCRETE_PRIORITY_UNSPECIFIED = 0,

                /** DISCRETE_PRIORITY_LOW value */
                DISCRETE_PRIORITY_LOW = 1,

                /** DISCRETE_PRIORITY_MEDIUM value */
                DISCRETE_PRIORITY_MEDIUM = 2,

                /** DISCRETE_PRIORITY_HIGH value */
                DISCRETE_PRIORITY_HIGH = 3
            }
        }

        /**
         * Properties of an AssociatedDetection.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties instead.
         */
        interface IAssociatedDetection extends sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties {
        }

        /** Represents an AssociatedDetection. */
        class AssociatedDetection {

            /**
             * Constructs a new AssociatedDetection.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssociatedDetection timestamp. */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** AssociatedDetection nodeId. */
            nodeId?: (string|null);

            /** AssociatedDetection objectId. */
            objectId?: (string|null);

            /** AssociatedDetection associationType. */
            associationType?: (sapient_msg.bsi_flex_335_v2_0.AssociationRelation|null);

            /**
             * Creates a new AssociatedDetection instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssociatedDetection instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape): sapient_msg.bsi_flex_335_v2_0.AssociatedDetection & sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties): sapient_msg.bsi_flex_335_v2_0.AssociatedDetection;

            /**
             * Encodes the specified AssociatedDetection message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.verify|verify} messages.
             * @param message AssociatedDetection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AssociatedDetection message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.verify|verify} messages.
             * @param message AssociatedDetection message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssociatedDetection message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.AssociatedDetection & sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape} AssociatedDetection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.AssociatedDetection & sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape;

            /**
             * Decodes an AssociatedDetection message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.AssociatedDetection & sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape} AssociatedDetection
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.AssociatedDetection & sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape;

            /**
             * Verifies an AssociatedDetection message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AssociatedDetection message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AssociatedDetection
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.AssociatedDetection;

            /**
             * Creates a plain object from an AssociatedDetection message. Also converts values to other types if specified.
             * @param message AssociatedDetection
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AssociatedDetection to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AssociatedDetection {

            /** Properties of an AssociatedDetection. */
            interface $Properties {

                /** AssociatedDetection timestamp */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** AssociatedDetection nodeId */
                nodeId?: (string|null);

                /** AssociatedDetection objectId */
                objectId?: (string|null);

                /** AssociatedDetection associationType */
                associationType?: (sapient_msg.bsi_flex_335_v2_0.AssociationRelation|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssociatedDetection. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties;
        }

        /** AssociationRelation enum. */
        enum AssociationRelation {

            /** ASSOCIATION_RELATION_UNSPECIFIED value */
            ASSOCIATION_RELATION_UNSPECIFIED = 0,

            /** ASSOCIATION_RELATION_NO_RELATION value */
            ASSOCIATION_RELATION_NO_RELATION = 1,

            /** ASSOCIATION_RELATION_PARENT value */
            ASSOCIATION_RELATION_PARENT = 2,

            /** ASSOCIATION_RELATION_CHILD value */
            ASSOCIATION_RELATION_CHILD = 3,

            /** ASSOCIATION_RELATION_SIBLING value */
            ASSOCIATION_RELATION_SIBLING = 4
        }

        /**
         * Properties of an AssociatedFile.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties instead.
         */
        interface IAssociatedFile extends sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties {
        }

        /** Represents an AssociatedFile. */
        class AssociatedFile {

            /**
             * Constructs a new AssociatedFile.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AssociatedFile type. */
            type?: (string|null);

            /** AssociatedFile url. */
            url?: (string|null);

            /**
             * Creates a new AssociatedFile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AssociatedFile instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape): sapient_msg.bsi_flex_335_v2_0.AssociatedFile & sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties): sapient_msg.bsi_flex_335_v2_0.AssociatedFile;

            /**
             * Encodes the specified AssociatedFile message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.AssociatedFile.verify|verify} messages.
             * @param message AssociatedFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AssociatedFile message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.AssociatedFile.verify|verify} messages.
             * @param message AssociatedFile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AssociatedFile message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.AssociatedFile & sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape} AssociatedFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.AssociatedFile & sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape;

            /**
             * Decodes an AssociatedFile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.AssociatedFile & sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape} AssociatedFile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.AssociatedFile & sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape;

            /**
             * Verifies an AssociatedFile message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AssociatedFile message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AssociatedFile
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.AssociatedFile;

            /**
             * Creates a plain object from an AssociatedFile message. Also converts values to other types if specified.
             * @param message AssociatedFile
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.AssociatedFile, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AssociatedFile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AssociatedFile {

            /** Properties of an AssociatedFile. */
            interface $Properties {

                /** AssociatedFile type */
                type?: (string|null);

                /** AssociatedFile url */
                url?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AssociatedFile. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties;
        }

        /**
         * Properties of a LocationList.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties instead.
         */
        interface ILocationList extends sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties {
        }

        /** Represents a LocationList. */
        class LocationList {

            /**
             * Constructs a new LocationList.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocationList locations. */
            locations: sapient_msg.bsi_flex_335_v2_0.Location.$Properties[];

            /**
             * Creates a new LocationList instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocationList instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape): sapient_msg.bsi_flex_335_v2_0.LocationList & sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties): sapient_msg.bsi_flex_335_v2_0.LocationList;

            /**
             * Encodes the specified LocationList message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.LocationList.verify|verify} messages.
             * @param message LocationList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LocationList message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.LocationList.verify|verify} messages.
             * @param message LocationList message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocationList message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.LocationList & sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape} LocationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.LocationList & sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape;

            /**
             * Decodes a LocationList message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.LocationList & sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape} LocationList
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.LocationList & sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape;

            /**
             * Verifies a LocationList message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocationList message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocationList
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.LocationList;

            /**
             * Creates a plain object from a LocationList message. Also converts values to other types if specified.
             * @param message LocationList
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.LocationList, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocationList to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocationList {

            /** Properties of a LocationList. */
            interface $Properties {

                /** LocationList locations */
                locations?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocationList. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties;
        }

        /**
         * Properties of a Location.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Location.$Properties instead.
         */
        interface ILocation extends sapient_msg.bsi_flex_335_v2_0.Location.$Properties {
        }

        /** Represents a Location. */
        class Location {

            /**
             * Constructs a new Location.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Location.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Location x. */
            x?: (number|null);

            /** Location y. */
            y?: (number|null);

            /** Location z. */
            z?: (number|null);

            /** Location xError. */
            xError?: (number|null);

            /** Location yError. */
            yError?: (number|null);

            /** Location zError. */
            zError?: (number|null);

            /** Location coordinateSystem. */
            coordinateSystem?: (sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem|null);

            /** Location datum. */
            datum?: (sapient_msg.bsi_flex_335_v2_0.LocationDatum|null);

            /** Location utmZone. */
            utmZone?: (string|null);

            /**
             * Creates a new Location instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Location instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.Location.$Shape): sapient_msg.bsi_flex_335_v2_0.Location & sapient_msg.bsi_flex_335_v2_0.Location.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.Location.$Properties): sapient_msg.bsi_flex_335_v2_0.Location;

            /**
             * Encodes the specified Location message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Location message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Location.verify|verify} messages.
             * @param message Location message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Location.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Location message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.Location & sapient_msg.bsi_flex_335_v2_0.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Location & sapient_msg.bsi_flex_335_v2_0.Location.$Shape;

            /**
             * Decodes a Location message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.Location & sapient_msg.bsi_flex_335_v2_0.Location.$Shape} Location
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Location & sapient_msg.bsi_flex_335_v2_0.Location.$Shape;

            /**
             * Verifies a Location message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Location message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Location
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Location;

            /**
             * Creates a plain object from a Location message. Also converts values to other types if specified.
             * @param message Location
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.Location, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Location to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Location {

            /** Properties of a Location. */
            interface $Properties {

                /** Location x */
                x?: (number|null);

                /** Location y */
                y?: (number|null);

                /** Location z */
                z?: (number|null);

                /** Location xError */
                xError?: (number|null);

                /** Location yError */
                yError?: (number|null);

                /** Location zError */
                zError?: (number|null);

                /** Location coordinateSystem */
                coordinateSystem?: (sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem|null);

                /** Location datum */
                datum?: (sapient_msg.bsi_flex_335_v2_0.LocationDatum|null);

                /** Location utmZone */
                utmZone?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Location. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.Location.$Properties;
        }

        /** LocationCoordinateSystem enum. */
        enum LocationCoordinateSystem {

            /** LOCATION_COORDINATE_SYSTEM_UNSPECIFIED value */
            LOCATION_COORDINATE_SYSTEM_UNSPECIFIED = 0,

            /** LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M value */
            LOCATION_COORDINATE_SYSTEM_LAT_LNG_DEG_M = 1,

            /** LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M value */
            LOCATION_COORDINATE_SYSTEM_LAT_LNG_RAD_M = 2,

            /** LOCATION_COORDINATE_SYSTEM_UTM_M value */
            LOCATION_COORDINATE_SYSTEM_UTM_M = 5
        }

        /** LocationDatum enum. */
        enum LocationDatum {

            /** LOCATION_DATUM_UNSPECIFIED value */
            LOCATION_DATUM_UNSPECIFIED = 0,

            /** LOCATION_DATUM_WGS84_E value */
            LOCATION_DATUM_WGS84_E = 1,

            /** LOCATION_DATUM_WGS84_G value */
            LOCATION_DATUM_WGS84_G = 2
        }

        /**
         * Properties of a RangeBearing.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties instead.
         */
        interface IRangeBearing extends sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties {
        }

        /** Represents a RangeBearing. */
        class RangeBearing {

            /**
             * Constructs a new RangeBearing.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangeBearing elevation. */
            elevation?: (number|null);

            /** RangeBearing azimuth. */
            azimuth?: (number|null);

            /** RangeBearing range. */
            range?: (number|null);

            /** RangeBearing elevationError. */
            elevationError?: (number|null);

            /** RangeBearing azimuthError. */
            azimuthError?: (number|null);

            /** RangeBearing rangeError. */
            rangeError?: (number|null);

            /** RangeBearing coordinateSystem. */
            coordinateSystem?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null);

            /** RangeBearing datum. */
            datum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

            /**
             * Creates a new RangeBearing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RangeBearing instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape): sapient_msg.bsi_flex_335_v2_0.RangeBearing & sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties): sapient_msg.bsi_flex_335_v2_0.RangeBearing;

            /**
             * Encodes the specified RangeBearing message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.RangeBearing.verify|verify} messages.
             * @param message RangeBearing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RangeBearing message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.RangeBearing.verify|verify} messages.
             * @param message RangeBearing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangeBearing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.RangeBearing & sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape} RangeBearing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.RangeBearing & sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape;

            /**
             * Decodes a RangeBearing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.RangeBearing & sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape} RangeBearing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.RangeBearing & sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape;

            /**
             * Verifies a RangeBearing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RangeBearing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RangeBearing
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.RangeBearing;

            /**
             * Creates a plain object from a RangeBearing message. Also converts values to other types if specified.
             * @param message RangeBearing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.RangeBearing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RangeBearing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RangeBearing {

            /** Properties of a RangeBearing. */
            interface $Properties {

                /** RangeBearing elevation */
                elevation?: (number|null);

                /** RangeBearing azimuth */
                azimuth?: (number|null);

                /** RangeBearing range */
                range?: (number|null);

                /** RangeBearing elevationError */
                elevationError?: (number|null);

                /** RangeBearing azimuthError */
                azimuthError?: (number|null);

                /** RangeBearing rangeError */
                rangeError?: (number|null);

                /** RangeBearing coordinateSystem */
                coordinateSystem?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null);

                /** RangeBearing datum */
                datum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangeBearing. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties;
        }

        /**
         * Properties of a RangeBearingCone.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties instead.
         */
        interface IRangeBearingCone extends sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties {
        }

        /** Represents a RangeBearingCone. */
        class RangeBearingCone {

            /**
             * Constructs a new RangeBearingCone.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RangeBearingCone elevation. */
            elevation?: (number|null);

            /** RangeBearingCone azimuth. */
            azimuth?: (number|null);

            /** RangeBearingCone range. */
            range?: (number|null);

            /** RangeBearingCone horizontalExtent. */
            horizontalExtent?: (number|null);

            /** RangeBearingCone verticalExtent. */
            verticalExtent?: (number|null);

            /** RangeBearingCone horizontalExtentError. */
            horizontalExtentError?: (number|null);

            /** RangeBearingCone verticalExtentError. */
            verticalExtentError?: (number|null);

            /** RangeBearingCone elevationError. */
            elevationError?: (number|null);

            /** RangeBearingCone azimuthError. */
            azimuthError?: (number|null);

            /** RangeBearingCone rangeError. */
            rangeError?: (number|null);

            /** RangeBearingCone coordinateSystem. */
            coordinateSystem?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null);

            /** RangeBearingCone datum. */
            datum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

            /**
             * Creates a new RangeBearingCone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RangeBearingCone instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape): sapient_msg.bsi_flex_335_v2_0.RangeBearingCone & sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties): sapient_msg.bsi_flex_335_v2_0.RangeBearingCone;

            /**
             * Encodes the specified RangeBearingCone message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.verify|verify} messages.
             * @param message RangeBearingCone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RangeBearingCone message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.verify|verify} messages.
             * @param message RangeBearingCone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RangeBearingCone message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.RangeBearingCone & sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape} RangeBearingCone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.RangeBearingCone & sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape;

            /**
             * Decodes a RangeBearingCone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.RangeBearingCone & sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape} RangeBearingCone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.RangeBearingCone & sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape;

            /**
             * Verifies a RangeBearingCone message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RangeBearingCone message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RangeBearingCone
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.RangeBearingCone;

            /**
             * Creates a plain object from a RangeBearingCone message. Also converts values to other types if specified.
             * @param message RangeBearingCone
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RangeBearingCone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RangeBearingCone {

            /** Properties of a RangeBearingCone. */
            interface $Properties {

                /** RangeBearingCone elevation */
                elevation?: (number|null);

                /** RangeBearingCone azimuth */
                azimuth?: (number|null);

                /** RangeBearingCone range */
                range?: (number|null);

                /** RangeBearingCone horizontalExtent */
                horizontalExtent?: (number|null);

                /** RangeBearingCone verticalExtent */
                verticalExtent?: (number|null);

                /** RangeBearingCone horizontalExtentError */
                horizontalExtentError?: (number|null);

                /** RangeBearingCone verticalExtentError */
                verticalExtentError?: (number|null);

                /** RangeBearingCone elevationError */
                elevationError?: (number|null);

                /** RangeBearingCone azimuthError */
                azimuthError?: (number|null);

                /** RangeBearingCone rangeError */
                rangeError?: (number|null);

                /** RangeBearingCone coordinateSystem */
                coordinateSystem?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null);

                /** RangeBearingCone datum */
                datum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RangeBearingCone. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties;
        }

        /** RangeBearingCoordinateSystem enum. */
        enum RangeBearingCoordinateSystem {

            /** RANGE_BEARING_COORDINATE_SYSTEM_UNSPECIFIED value */
            RANGE_BEARING_COORDINATE_SYSTEM_UNSPECIFIED = 0,

            /** RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M value */
            RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_M = 1,

            /** RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M value */
            RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_M = 2,

            /** RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM value */
            RANGE_BEARING_COORDINATE_SYSTEM_DEGREES_KM = 3,

            /** RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM value */
            RANGE_BEARING_COORDINATE_SYSTEM_RADIANS_KM = 4
        }

        /** RangeBearingDatum enum. */
        enum RangeBearingDatum {

            /** RANGE_BEARING_DATUM_UNSPECIFIED value */
            RANGE_BEARING_DATUM_UNSPECIFIED = 0,

            /** RANGE_BEARING_DATUM_TRUE value */
            RANGE_BEARING_DATUM_TRUE = 1,

            /** RANGE_BEARING_DATUM_MAGNETIC value */
            RANGE_BEARING_DATUM_MAGNETIC = 2,

            /** RANGE_BEARING_DATUM_GRID value */
            RANGE_BEARING_DATUM_GRID = 3,

            /** RANGE_BEARING_DATUM_PLATFORM value */
            RANGE_BEARING_DATUM_PLATFORM = 4
        }

        /**
         * Properties of a LocationOrRangeBearing.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties instead.
         */
        interface ILocationOrRangeBearing extends sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties {
        }

        /** Represents a LocationOrRangeBearing. */
        class LocationOrRangeBearing {

            /**
             * Constructs a new LocationOrRangeBearing.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocationOrRangeBearing rangeBearing. */
            rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties|null);

            /** LocationOrRangeBearing locationList. */
            locationList?: (sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties|null);

            /** LocationOrRangeBearing fovOneof. */
            fovOneof?: ("rangeBearing"|"locationList");

            /**
             * Creates a new LocationOrRangeBearing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocationOrRangeBearing instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape): sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing & sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties): sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing;

            /**
             * Encodes the specified LocationOrRangeBearing message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify|verify} messages.
             * @param message LocationOrRangeBearing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LocationOrRangeBearing message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.verify|verify} messages.
             * @param message LocationOrRangeBearing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocationOrRangeBearing message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing & sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape} LocationOrRangeBearing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing & sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape;

            /**
             * Decodes a LocationOrRangeBearing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing & sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape} LocationOrRangeBearing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing & sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape;

            /**
             * Verifies a LocationOrRangeBearing message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a LocationOrRangeBearing message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns LocationOrRangeBearing
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing;

            /**
             * Creates a plain object from a LocationOrRangeBearing message. Also converts values to other types if specified.
             * @param message LocationOrRangeBearing
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocationOrRangeBearing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace LocationOrRangeBearing {

            /** Properties of a LocationOrRangeBearing. */
            interface $Properties {

                /** LocationOrRangeBearing rangeBearing */
                rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Properties|null);

                /** LocationOrRangeBearing locationList */
                locationList?: (sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties|null);

                /** LocationOrRangeBearing fovOneof */
                fovOneof?: ("rangeBearing"|"locationList");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a LocationOrRangeBearing. */
            type $Shape = {
              rangeBearing?: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape|null;
              locationList?: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ fovOneof?: undefined; rangeBearing?: null; locationList?: null }|{ fovOneof?: "rangeBearing"; rangeBearing: sapient_msg.bsi_flex_335_v2_0.RangeBearingCone.$Shape; locationList?: null }|{ fovOneof?: "locationList"; rangeBearing?: null; locationList: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape })
            );
        }

        /**
         * Properties of an AlertAck.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties instead.
         */
        interface IAlertAck extends sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties {
        }

        /** Represents an AlertAck. */
        class AlertAck {

            /**
             * Constructs a new AlertAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** AlertAck alertId. */
            alertId?: (string|null);

            /** AlertAck reason. */
            reason: string[];

            /** AlertAck alertAckStatus. */
            alertAckStatus?: (sapient_msg.bsi_flex_335_v2_0.AlertAck.AlertAckStatus|null);

            /**
             * Creates a new AlertAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns AlertAck instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape): sapient_msg.bsi_flex_335_v2_0.AlertAck & sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties): sapient_msg.bsi_flex_335_v2_0.AlertAck;

            /**
             * Encodes the specified AlertAck message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.AlertAck.verify|verify} messages.
             * @param message AlertAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified AlertAck message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.AlertAck.verify|verify} messages.
             * @param message AlertAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an AlertAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.AlertAck & sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape} AlertAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.AlertAck & sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape;

            /**
             * Decodes an AlertAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.AlertAck & sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape} AlertAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.AlertAck & sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape;

            /**
             * Verifies an AlertAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an AlertAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns AlertAck
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.AlertAck;

            /**
             * Creates a plain object from an AlertAck message. Also converts values to other types if specified.
             * @param message AlertAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.AlertAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this AlertAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace AlertAck {

            /** Properties of an AlertAck. */
            interface $Properties {

                /** AlertAck alertId */
                alertId?: (string|null);

                /** AlertAck reason */
                reason?: (string[]|null);

                /** AlertAck alertAckStatus */
                alertAckStatus?: (sapient_msg.bsi_flex_335_v2_0.AlertAck.AlertAckStatus|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an AlertAck. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties;

            /** AlertAckStatus enum. */
            enum AlertAckStatus {

                /** ALERT_ACK_STATUS_UNSPECIFIED value */
                ALERT_ACK_STATUS_UNSPECIFIED = 0,

                /** ALERT_ACK_STATUS_ACCEPTED value */
                ALERT_ACK_STATUS_ACCEPTED = 1,

                /** ALERT_ACK_STATUS_REJECTED value */
                ALERT_ACK_STATUS_REJECTED = 2,

                /** ALERT_ACK_STATUS_CANCELLED value */
                ALERT_ACK_STATUS_CANCELLED = 3
            }
        }

        /**
         * Properties of a DetectionReport.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties instead.
         */
        interface IDetectionReport extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties {
        }

        /** Represents a DetectionReport. */
        class DetectionReport {

            /**
             * Constructs a new DetectionReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** DetectionReport reportId. */
            reportId?: (string|null);

            /** DetectionReport objectId. */
            objectId?: (string|null);

            /** DetectionReport taskId. */
            taskId?: (string|null);

            /** DetectionReport state. */
            state?: (string|null);

            /** DetectionReport rangeBearing. */
            rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties|null);

            /** DetectionReport location. */
            location?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

            /** DetectionReport detectionConfidence. */
            detectionConfidence?: (number|null);

            /** DetectionReport trackInfo. */
            trackInfo: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties[];

            /** DetectionReport predictionLocation. */
            predictionLocation?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties|null);

            /** DetectionReport objectInfo. */
            objectInfo: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties[];

            /** DetectionReport classification. */
            classification: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties[];

            /** DetectionReport behaviour. */
            behaviour: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties[];

            /** DetectionReport associatedFile. */
            associatedFile: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties[];

            /** DetectionReport signal. */
            signal: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties[];

            /** DetectionReport associatedDetection. */
            associatedDetection: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties[];

            /** DetectionReport derivedDetection. */
            derivedDetection: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties[];

            /** DetectionReport enuVelocity. */
            enuVelocity?: (sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties|null);

            /** DetectionReport colour. */
            colour?: (string|null);

            /** DetectionReport id. */
            id?: (string|null);

            /** DetectionReport locationOneof. */
            locationOneof?: ("rangeBearing"|"location");

            /** DetectionReport velocityOneof. */
            velocityOneof?: "enuVelocity";

            /**
             * Creates a new DetectionReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns DetectionReport instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport & sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport;

            /**
             * Encodes the specified DetectionReport message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.verify|verify} messages.
             * @param message DetectionReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified DetectionReport message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.verify|verify} messages.
             * @param message DetectionReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a DetectionReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport & sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape} DetectionReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport & sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape;

            /**
             * Decodes a DetectionReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport & sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape} DetectionReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport & sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape;

            /**
             * Verifies a DetectionReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a DetectionReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns DetectionReport
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport;

            /**
             * Creates a plain object from a DetectionReport message. Also converts values to other types if specified.
             * @param message DetectionReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this DetectionReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace DetectionReport {

            /** Properties of a DetectionReport. */
            interface $Properties {

                /** DetectionReport reportId */
                reportId?: (string|null);

                /** DetectionReport objectId */
                objectId?: (string|null);

                /** DetectionReport taskId */
                taskId?: (string|null);

                /** DetectionReport state */
                state?: (string|null);

                /** DetectionReport rangeBearing */
                rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties|null);

                /** DetectionReport location */
                location?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

                /** DetectionReport detectionConfidence */
                detectionConfidence?: (number|null);

                /** DetectionReport trackInfo */
                trackInfo?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties[]|null);

                /** DetectionReport predictionLocation */
                predictionLocation?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties|null);

                /** DetectionReport objectInfo */
                objectInfo?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties[]|null);

                /** DetectionReport classification */
                classification?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties[]|null);

                /** DetectionReport behaviour */
                behaviour?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties[]|null);

                /** DetectionReport associatedFile */
                associatedFile?: (sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties[]|null);

                /** DetectionReport signal */
                signal?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties[]|null);

                /** DetectionReport associatedDetection */
                associatedDetection?: (sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Properties[]|null);

                /** DetectionReport derivedDetection */
                derivedDetection?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties[]|null);

                /** DetectionReport enuVelocity */
                enuVelocity?: (sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties|null);

                /** DetectionReport colour */
                colour?: (string|null);

                /** DetectionReport id */
                id?: (string|null);

                /** DetectionReport locationOneof */
                locationOneof?: ("rangeBearing"|"location");

                /** DetectionReport velocityOneof */
                velocityOneof?: "enuVelocity";

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a DetectionReport. */
            type $Shape = {
              reportId?: string|null;
              objectId?: string|null;
              taskId?: string|null;
              state?: string|null;
              rangeBearing?: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape|null;
              location?: sapient_msg.bsi_flex_335_v2_0.Location.$Shape|null;
              detectionConfidence?: number|null;
              trackInfo?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape[]|null;
              predictionLocation?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape|null;
              objectInfo?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape[]|null;
              classification?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape[]|null;
              behaviour?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape[]|null;
              associatedFile?: sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Shape[]|null;
              signal?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape[]|null;
              associatedDetection?: sapient_msg.bsi_flex_335_v2_0.AssociatedDetection.$Shape[]|null;
              derivedDetection?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape[]|null;
              enuVelocity?: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape|null;
              colour?: string|null;
              id?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ locationOneof?: undefined; rangeBearing?: null; location?: null }|{ locationOneof?: "rangeBearing"; rangeBearing: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape; location?: null }|{ locationOneof?: "location"; rangeBearing?: null; location: sapient_msg.bsi_flex_335_v2_0.Location.$Shape })
            ) & (
              ({ velocityOneof?: undefined; enuVelocity?: null }|{ velocityOneof?: "enuVelocity"; enuVelocity: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape })
            );

            /**
             * Properties of a PredictedLocation.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties instead.
             */
            interface IPredictedLocation extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties {
            }

            /** Represents a PredictedLocation. */
            class PredictedLocation {

                /**
                 * Constructs a new PredictedLocation.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PredictedLocation rangeBearing. */
                rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties|null);

                /** PredictedLocation location. */
                location?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

                /** PredictedLocation predictedTimestamp. */
                predictedTimestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** PredictedLocation predictedLocationOneof. */
                predictedLocationOneof?: ("rangeBearing"|"location");

                /**
                 * Creates a new PredictedLocation instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PredictedLocation instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation & sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation;

                /**
                 * Encodes the specified PredictedLocation message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.verify|verify} messages.
                 * @param message PredictedLocation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PredictedLocation message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.verify|verify} messages.
                 * @param message PredictedLocation message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PredictedLocation message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation & sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape} PredictedLocation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation & sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape;

                /**
                 * Decodes a PredictedLocation message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation & sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape} PredictedLocation
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation & sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation.$Shape;

                /**
                 * Verifies a PredictedLocation message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PredictedLocation message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PredictedLocation
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation;

                /**
                 * Creates a plain object from a PredictedLocation message. Also converts values to other types if specified.
                 * @param message PredictedLocation
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.PredictedLocation, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PredictedLocation to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PredictedLocation {

                /** Properties of a PredictedLocation. */
                interface $Properties {

                    /** PredictedLocation rangeBearing */
                    rangeBearing?: (sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Properties|null);

                    /** PredictedLocation location */
                    location?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

                    /** PredictedLocation predictedTimestamp */
                    predictedTimestamp?: (google.protobuf.Timestamp.$Properties|null);

                    /** PredictedLocation predictedLocationOneof */
                    predictedLocationOneof?: ("rangeBearing"|"location");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a PredictedLocation. */
                type $Shape = {
                  rangeBearing?: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape|null;
                  location?: sapient_msg.bsi_flex_335_v2_0.Location.$Shape|null;
                  predictedTimestamp?: google.protobuf.Timestamp.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ predictedLocationOneof?: undefined; rangeBearing?: null; location?: null }|{ predictedLocationOneof?: "rangeBearing"; rangeBearing: sapient_msg.bsi_flex_335_v2_0.RangeBearing.$Shape; location?: null }|{ predictedLocationOneof?: "location"; rangeBearing?: null; location: sapient_msg.bsi_flex_335_v2_0.Location.$Shape })
                );
            }

            /**
             * Properties of a TrackObjectInfo.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties instead.
             */
            interface ITrackObjectInfo extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties {
            }

            /** Represents a TrackObjectInfo. */
            class TrackObjectInfo {

                /**
                 * Constructs a new TrackObjectInfo.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TrackObjectInfo type. */
                type?: (string|null);

                /** TrackObjectInfo value. */
                value?: (string|null);

                /** TrackObjectInfo error. */
                error?: (number|null);

                /**
                 * Creates a new TrackObjectInfo instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TrackObjectInfo instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo & sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo;

                /**
                 * Encodes the specified TrackObjectInfo message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.verify|verify} messages.
                 * @param message TrackObjectInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TrackObjectInfo message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.verify|verify} messages.
                 * @param message TrackObjectInfo message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TrackObjectInfo message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo & sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape} TrackObjectInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo & sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape;

                /**
                 * Decodes a TrackObjectInfo message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo & sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape} TrackObjectInfo
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo & sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Shape;

                /**
                 * Verifies a TrackObjectInfo message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TrackObjectInfo message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TrackObjectInfo
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo;

                /**
                 * Creates a plain object from a TrackObjectInfo message. Also converts values to other types if specified.
                 * @param message TrackObjectInfo
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TrackObjectInfo to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TrackObjectInfo {

                /** Properties of a TrackObjectInfo. */
                interface $Properties {

                    /** TrackObjectInfo type */
                    type?: (string|null);

                    /** TrackObjectInfo value */
                    value?: (string|null);

                    /** TrackObjectInfo error */
                    error?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TrackObjectInfo. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.DetectionReport.TrackObjectInfo.$Properties;
            }

            /**
             * Properties of a DetectionReportClassification.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties instead.
             */
            interface IDetectionReportClassification extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties {
            }

            /** Represents a DetectionReportClassification. */
            class DetectionReportClassification {

                /**
                 * Constructs a new DetectionReportClassification.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DetectionReportClassification type. */
                type?: (string|null);

                /** DetectionReportClassification confidence. */
                confidence?: (number|null);

                /** DetectionReportClassification subClass. */
                subClass: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties[];

                /**
                 * Creates a new DetectionReportClassification instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DetectionReportClassification instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification;

                /**
                 * Encodes the specified DetectionReportClassification message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.verify|verify} messages.
                 * @param message DetectionReportClassification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DetectionReportClassification message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.verify|verify} messages.
                 * @param message DetectionReportClassification message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DetectionReportClassification message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape} DetectionReportClassification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape;

                /**
                 * Decodes a DetectionReportClassification message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape} DetectionReportClassification
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Shape;

                /**
                 * Verifies a DetectionReportClassification message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DetectionReportClassification message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DetectionReportClassification
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification;

                /**
                 * Creates a plain object from a DetectionReportClassification message. Also converts values to other types if specified.
                 * @param message DetectionReportClassification
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DetectionReportClassification to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DetectionReportClassification {

                /** Properties of a DetectionReportClassification. */
                interface $Properties {

                    /** DetectionReportClassification type */
                    type?: (string|null);

                    /** DetectionReportClassification confidence */
                    confidence?: (number|null);

                    /** DetectionReportClassification subClass */
                    subClass?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DetectionReportClassification. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.DetectionReport.DetectionReportClassification.$Properties;
            }

            /**
             * Properties of a SubClass.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties instead.
             */
            interface ISubClass extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties {
            }

            /** Represents a SubClass. */
            class SubClass {

                /**
                 * Constructs a new SubClass.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubClass type. */
                type?: (string|null);

                /** SubClass confidence. */
                confidence?: (number|null);

                /** SubClass level. */
                level?: (number|null);

                /** SubClass subClass. */
                subClass: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties[];

                /**
                 * Creates a new SubClass instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubClass instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass & sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass;

                /**
                 * Encodes the specified SubClass message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.verify|verify} messages.
                 * @param message SubClass message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubClass message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.verify|verify} messages.
                 * @param message SubClass message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubClass message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass & sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Shape} SubClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass & sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Shape;

                /**
                 * Decodes a SubClass message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass & sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Shape} SubClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass & sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Shape;

                /**
                 * Verifies a SubClass message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubClass message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubClass
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass;

                /**
                 * Creates a plain object from a SubClass message. Also converts values to other types if specified.
                 * @param message SubClass
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubClass to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubClass {

                /** Properties of a SubClass. */
                interface $Properties {

                    /** SubClass type */
                    type?: (string|null);

                    /** SubClass confidence */
                    confidence?: (number|null);

                    /** SubClass level */
                    level?: (number|null);

                    /** SubClass subClass */
                    subClass?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubClass. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.DetectionReport.SubClass.$Properties;
            }

            /**
             * Properties of a Behaviour.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties instead.
             */
            interface IBehaviour extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties {
            }

            /** Represents a Behaviour. */
            class Behaviour {

                /**
                 * Constructs a new Behaviour.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Behaviour type. */
                type?: (string|null);

                /** Behaviour confidence. */
                confidence?: (number|null);

                /**
                 * Creates a new Behaviour instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Behaviour instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour;

                /**
                 * Encodes the specified Behaviour message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.verify|verify} messages.
                 * @param message Behaviour message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Behaviour message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.verify|verify} messages.
                 * @param message Behaviour message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Behaviour message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape} Behaviour
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape;

                /**
                 * Decodes a Behaviour message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape} Behaviour
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Shape;

                /**
                 * Verifies a Behaviour message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Behaviour message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Behaviour
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour;

                /**
                 * Creates a plain object from a Behaviour message. Also converts values to other types if specified.
                 * @param message Behaviour
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Behaviour to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Behaviour {

                /** Properties of a Behaviour. */
                interface $Properties {

                    /** Behaviour type */
                    type?: (string|null);

                    /** Behaviour confidence */
                    confidence?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Behaviour. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.DetectionReport.Behaviour.$Properties;
            }

            /**
             * Properties of a Signal.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties instead.
             */
            interface ISignal extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties {
            }

            /** Represents a Signal. */
            class Signal {

                /**
                 * Constructs a new Signal.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Signal amplitude. */
                amplitude?: (number|null);

                /** Signal startFrequency. */
                startFrequency?: (number|null);

                /** Signal centreFrequency. */
                centreFrequency?: (number|null);

                /** Signal stopFrequency. */
                stopFrequency?: (number|null);

                /** Signal pulseDuration. */
                pulseDuration?: (number|null);

                /**
                 * Creates a new Signal instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Signal instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal;

                /**
                 * Encodes the specified Signal message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.verify|verify} messages.
                 * @param message Signal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Signal message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.verify|verify} messages.
                 * @param message Signal message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Signal message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape} Signal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape;

                /**
                 * Decodes a Signal message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape} Signal
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal & sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Shape;

                /**
                 * Verifies a Signal message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Signal message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Signal
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal;

                /**
                 * Creates a plain object from a Signal message. Also converts values to other types if specified.
                 * @param message Signal
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Signal to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Signal {

                /** Properties of a Signal. */
                interface $Properties {

                    /** Signal amplitude */
                    amplitude?: (number|null);

                    /** Signal startFrequency */
                    startFrequency?: (number|null);

                    /** Signal centreFrequency */
                    centreFrequency?: (number|null);

                    /** Signal stopFrequency */
                    stopFrequency?: (number|null);

                    /** Signal pulseDuration */
                    pulseDuration?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Signal. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.DetectionReport.Signal.$Properties;
            }

            /**
             * Properties of a DerivedDetection.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties instead.
             */
            interface IDerivedDetection extends sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties {
            }

            /** Represents a DerivedDetection. */
            class DerivedDetection {

                /**
                 * Constructs a new DerivedDetection.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DerivedDetection timestamp. */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** DerivedDetection nodeId. */
                nodeId?: (string|null);

                /** DerivedDetection objectId. */
                objectId?: (string|null);

                /**
                 * Creates a new DerivedDetection instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DerivedDetection instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection;

                /**
                 * Encodes the specified DerivedDetection message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.verify|verify} messages.
                 * @param message DerivedDetection message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DerivedDetection message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.verify|verify} messages.
                 * @param message DerivedDetection message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DerivedDetection message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape} DerivedDetection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape;

                /**
                 * Decodes a DerivedDetection message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape} DerivedDetection
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection & sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Shape;

                /**
                 * Verifies a DerivedDetection message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DerivedDetection message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DerivedDetection
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection;

                /**
                 * Creates a plain object from a DerivedDetection message. Also converts values to other types if specified.
                 * @param message DerivedDetection
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DerivedDetection to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DerivedDetection {

                /** Properties of a DerivedDetection. */
                interface $Properties {

                    /** DerivedDetection timestamp */
                    timestamp?: (google.protobuf.Timestamp.$Properties|null);

                    /** DerivedDetection nodeId */
                    nodeId?: (string|null);

                    /** DerivedDetection objectId */
                    objectId?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DerivedDetection. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.DetectionReport.DerivedDetection.$Properties;
            }
        }

        /**
         * Properties of a ENUVelocity.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties instead.
         */
        interface IENUVelocity extends sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties {
        }

        /** Represents a ENUVelocity. */
        class ENUVelocity {

            /**
             * Constructs a new ENUVelocity.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ENUVelocity eastRate. */
            eastRate?: (number|null);

            /** ENUVelocity northRate. */
            northRate?: (number|null);

            /** ENUVelocity upRate. */
            upRate?: (number|null);

            /** ENUVelocity eastRateError. */
            eastRateError?: (number|null);

            /** ENUVelocity northRateError. */
            northRateError?: (number|null);

            /** ENUVelocity upRateError. */
            upRateError?: (number|null);

            /**
             * Creates a new ENUVelocity instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ENUVelocity instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape): sapient_msg.bsi_flex_335_v2_0.ENUVelocity & sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties): sapient_msg.bsi_flex_335_v2_0.ENUVelocity;

            /**
             * Encodes the specified ENUVelocity message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.ENUVelocity.verify|verify} messages.
             * @param message ENUVelocity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ENUVelocity message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.ENUVelocity.verify|verify} messages.
             * @param message ENUVelocity message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ENUVelocity message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.ENUVelocity & sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape} ENUVelocity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.ENUVelocity & sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape;

            /**
             * Decodes a ENUVelocity message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.ENUVelocity & sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape} ENUVelocity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.ENUVelocity & sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Shape;

            /**
             * Verifies a ENUVelocity message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ENUVelocity message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ENUVelocity
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.ENUVelocity;

            /**
             * Creates a plain object from a ENUVelocity message. Also converts values to other types if specified.
             * @param message ENUVelocity
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.ENUVelocity, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ENUVelocity to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ENUVelocity {

            /** Properties of a ENUVelocity. */
            interface $Properties {

                /** ENUVelocity eastRate */
                eastRate?: (number|null);

                /** ENUVelocity northRate */
                northRate?: (number|null);

                /** ENUVelocity upRate */
                upRate?: (number|null);

                /** ENUVelocity eastRateError */
                eastRateError?: (number|null);

                /** ENUVelocity northRateError */
                northRateError?: (number|null);

                /** ENUVelocity upRateError */
                upRateError?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ENUVelocity. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.ENUVelocity.$Properties;
        }

        /**
         * Properties of a ENUVelocityUnits.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties instead.
         */
        interface IENUVelocityUnits extends sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties {
        }

        /** Represents a ENUVelocityUnits. */
        class ENUVelocityUnits {

            /**
             * Constructs a new ENUVelocityUnits.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ENUVelocityUnits eastNorthRateUnits. */
            eastNorthRateUnits?: (sapient_msg.bsi_flex_335_v2_0.SpeedUnits|null);

            /** ENUVelocityUnits upRateUnits. */
            upRateUnits?: (sapient_msg.bsi_flex_335_v2_0.SpeedUnits|null);

            /**
             * Creates a new ENUVelocityUnits instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ENUVelocityUnits instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape): sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits & sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties): sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits;

            /**
             * Encodes the specified ENUVelocityUnits message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.verify|verify} messages.
             * @param message ENUVelocityUnits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ENUVelocityUnits message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.verify|verify} messages.
             * @param message ENUVelocityUnits message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ENUVelocityUnits message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits & sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape} ENUVelocityUnits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits & sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape;

            /**
             * Decodes a ENUVelocityUnits message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits & sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape} ENUVelocityUnits
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits & sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape;

            /**
             * Verifies a ENUVelocityUnits message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a ENUVelocityUnits message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns ENUVelocityUnits
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits;

            /**
             * Creates a plain object from a ENUVelocityUnits message. Also converts values to other types if specified.
             * @param message ENUVelocityUnits
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ENUVelocityUnits to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace ENUVelocityUnits {

            /** Properties of a ENUVelocityUnits. */
            interface $Properties {

                /** ENUVelocityUnits eastNorthRateUnits */
                eastNorthRateUnits?: (sapient_msg.bsi_flex_335_v2_0.SpeedUnits|null);

                /** ENUVelocityUnits upRateUnits */
                upRateUnits?: (sapient_msg.bsi_flex_335_v2_0.SpeedUnits|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ENUVelocityUnits. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties;
        }

        /** SpeedUnits enum. */
        enum SpeedUnits {

            /** SPEED_UNITS_UNSPECIFIED value */
            SPEED_UNITS_UNSPECIFIED = 0,

            /** SPEED_UNITS_MS value */
            SPEED_UNITS_MS = 1,

            /** SPEED_UNITS_KPH value */
            SPEED_UNITS_KPH = 2
        }

        /**
         * Properties of an Error.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Error.$Properties instead.
         */
        interface IError extends sapient_msg.bsi_flex_335_v2_0.Error.$Properties {
        }

        /** Represents an Error. */
        class Error {

            /**
             * Constructs a new Error.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Error.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Error packet. */
            packet?: (Uint8Array|null);

            /** Error errorMessage. */
            errorMessage: string[];

            /**
             * Creates a new Error instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Error instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.Error.$Shape): sapient_msg.bsi_flex_335_v2_0.Error & sapient_msg.bsi_flex_335_v2_0.Error.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.Error.$Properties): sapient_msg.bsi_flex_335_v2_0.Error;

            /**
             * Encodes the specified Error message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Error message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Error.verify|verify} messages.
             * @param message Error message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Error.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Error message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.Error & sapient_msg.bsi_flex_335_v2_0.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Error & sapient_msg.bsi_flex_335_v2_0.Error.$Shape;

            /**
             * Decodes an Error message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.Error & sapient_msg.bsi_flex_335_v2_0.Error.$Shape} Error
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Error & sapient_msg.bsi_flex_335_v2_0.Error.$Shape;

            /**
             * Verifies an Error message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates an Error message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Error
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Error;

            /**
             * Creates a plain object from an Error message. Also converts values to other types if specified.
             * @param message Error
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.Error, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Error to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Error {

            /** Properties of an Error. */
            interface $Properties {

                /** Error packet */
                packet?: (Uint8Array|null);

                /** Error errorMessage */
                errorMessage?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Error. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.Error.$Properties;
        }

        /**
         * Properties of a FollowObject.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties instead.
         */
        interface IFollowObject extends sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties {
        }

        /** Represents a FollowObject. */
        class FollowObject {

            /**
             * Constructs a new FollowObject.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FollowObject followObjectId. */
            followObjectId: string;

            /**
             * Creates a new FollowObject instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FollowObject instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape): sapient_msg.bsi_flex_335_v2_0.FollowObject & sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties): sapient_msg.bsi_flex_335_v2_0.FollowObject;

            /**
             * Encodes the specified FollowObject message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.FollowObject.verify|verify} messages.
             * @param message FollowObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FollowObject message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.FollowObject.verify|verify} messages.
             * @param message FollowObject message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FollowObject message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.FollowObject & sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape} FollowObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.FollowObject & sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape;

            /**
             * Decodes a FollowObject message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.FollowObject & sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape} FollowObject
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.FollowObject & sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape;

            /**
             * Verifies a FollowObject message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a FollowObject message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns FollowObject
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.FollowObject;

            /**
             * Creates a plain object from a FollowObject message. Also converts values to other types if specified.
             * @param message FollowObject
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.FollowObject, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FollowObject to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace FollowObject {

            /** Properties of a FollowObject. */
            interface $Properties {

                /** FollowObject followObjectId */
                followObjectId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FollowObject. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties;
        }

        /** Operator enum. */
        enum Operator {

            /** OPERATOR_UNSPECIFIED value */
            OPERATOR_UNSPECIFIED = 0,

            /** OPERATOR_ALL value */
            OPERATOR_ALL = 1,

            /** OPERATOR_GREATER_THAN value */
            OPERATOR_GREATER_THAN = 2,

            /** OPERATOR_LESS_THAN value */
            OPERATOR_LESS_THAN = 3,

            /** OPERATOR_EQUAL value */
            OPERATOR_EQUAL = 4
        }

        /**
         * Properties of a Registration.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.$Properties instead.
         */
        interface IRegistration extends sapient_msg.bsi_flex_335_v2_0.Registration.$Properties {
        }

        /** Represents a Registration. */
        class Registration {

            /**
             * Constructs a new Registration.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Registration nodeDefinition. */
            nodeDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties[];

            /** Registration icdVersion. */
            icdVersion?: (string|null);

            /** Registration name. */
            name?: (string|null);

            /** Registration shortName. */
            shortName?: (string|null);

            /** Registration capabilities. */
            capabilities: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties[];

            /** Registration statusDefinition. */
            statusDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties|null);

            /** Registration modeDefinition. */
            modeDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties[];

            /** Registration dependentNodes. */
            dependentNodes: string[];

            /** Registration reportingRegion. */
            reportingRegion: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties[];

            /** Registration configData. */
            configData: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties[];

            /**
             * Creates a new Registration instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Registration instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration & sapient_msg.bsi_flex_335_v2_0.Registration.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration;

            /**
             * Encodes the specified Registration message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.verify|verify} messages.
             * @param message Registration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Registration message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.verify|verify} messages.
             * @param message Registration message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Registration message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.Registration & sapient_msg.bsi_flex_335_v2_0.Registration.$Shape} Registration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration & sapient_msg.bsi_flex_335_v2_0.Registration.$Shape;

            /**
             * Decodes a Registration message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.Registration & sapient_msg.bsi_flex_335_v2_0.Registration.$Shape} Registration
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration & sapient_msg.bsi_flex_335_v2_0.Registration.$Shape;

            /**
             * Verifies a Registration message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Registration message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Registration
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration;

            /**
             * Creates a plain object from a Registration message. Also converts values to other types if specified.
             * @param message Registration
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Registration to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Registration {

            /** Properties of a Registration. */
            interface $Properties {

                /** Registration nodeDefinition */
                nodeDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties[]|null);

                /** Registration icdVersion */
                icdVersion?: (string|null);

                /** Registration name */
                name?: (string|null);

                /** Registration shortName */
                shortName?: (string|null);

                /** Registration capabilities */
                capabilities?: (sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties[]|null);

                /** Registration statusDefinition */
                statusDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties|null);

                /** Registration modeDefinition */
                modeDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties[]|null);

                /** Registration dependentNodes */
                dependentNodes?: (string[]|null);

                /** Registration reportingRegion */
                reportingRegion?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties[]|null);

                /** Registration configData */
                configData?: (sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Registration. */
            type $Shape = {
              nodeDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape[]|null;
              icdVersion?: string|null;
              name?: string|null;
              shortName?: string|null;
              capabilities?: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape[]|null;
              statusDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape|null;
              modeDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape[]|null;
              dependentNodes?: string[]|null;
              reportingRegion?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape[]|null;
              configData?: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };

            /**
             * Properties of a NodeDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties instead.
             */
            interface INodeDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties {
            }

            /** Represents a NodeDefinition. */
            class NodeDefinition {

                /**
                 * Constructs a new NodeDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** NodeDefinition nodeType. */
                nodeType?: (sapient_msg.bsi_flex_335_v2_0.Registration.NodeType|null);

                /** NodeDefinition nodeSubType. */
                nodeSubType: string[];

                /**
                 * Creates a new NodeDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns NodeDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition;

                /**
                 * Encodes the specified NodeDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.verify|verify} messages.
                 * @param message NodeDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified NodeDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.verify|verify} messages.
                 * @param message NodeDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a NodeDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape} NodeDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape;

                /**
                 * Decodes a NodeDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape} NodeDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Shape;

                /**
                 * Verifies a NodeDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a NodeDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns NodeDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition;

                /**
                 * Creates a plain object from a NodeDefinition message. Also converts values to other types if specified.
                 * @param message NodeDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this NodeDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace NodeDefinition {

                /** Properties of a NodeDefinition. */
                interface $Properties {

                    /** NodeDefinition nodeType */
                    nodeType?: (sapient_msg.bsi_flex_335_v2_0.Registration.NodeType|null);

                    /** NodeDefinition nodeSubType */
                    nodeSubType?: (string[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a NodeDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.NodeDefinition.$Properties;
            }

            /** NodeType enum. */
            enum NodeType {

                /** NODE_TYPE_UNSPECIFIED value */
                NODE_TYPE_UNSPECIFIED = 0,

                /** NODE_TYPE_OTHER value */
                NODE_TYPE_OTHER = 1,

                /** NODE_TYPE_RADAR value */
                NODE_TYPE_RADAR = 2,

                /** NODE_TYPE_LIDAR value */
                NODE_TYPE_LIDAR = 3,

                /** NODE_TYPE_CAMERA value */
                NODE_TYPE_CAMERA = 4,

                /** NODE_TYPE_SEISMIC value */
                NODE_TYPE_SEISMIC = 5,

                /** NODE_TYPE_ACOUSTIC value */
                NODE_TYPE_ACOUSTIC = 6,

                /** NODE_TYPE_PROXIMITY_SENSOR value */
                NODE_TYPE_PROXIMITY_SENSOR = 7,

                /** NODE_TYPE_PASSIVE_RF value */
                NODE_TYPE_PASSIVE_RF = 8,

                /** NODE_TYPE_HUMAN value */
                NODE_TYPE_HUMAN = 9,

                /** NODE_TYPE_CHEMICAL value */
                NODE_TYPE_CHEMICAL = 10,

                /** NODE_TYPE_BIOLOGICAL value */
                NODE_TYPE_BIOLOGICAL = 11,

                /** NODE_TYPE_RADIATION value */
                NODE_TYPE_RADIATION = 12,

                /** NODE_TYPE_KINETIC value */
                NODE_TYPE_KINETIC = 13,

                /** NODE_TYPE_JAMMER value */
                NODE_TYPE_JAMMER = 14,

                /** NODE_TYPE_CYBER value */
                NODE_TYPE_CYBER = 15,

                /** NODE_TYPE_LDEW value */
                NODE_TYPE_LDEW = 16,

                /** NODE_TYPE_RFDEW value */
                NODE_TYPE_RFDEW = 17,

                /** NODE_TYPE_MOBILE_NODE value */
                NODE_TYPE_MOBILE_NODE = 18,

                /** NODE_TYPE_POINTABLE_NODE value */
                NODE_TYPE_POINTABLE_NODE = 19,

                /** NODE_TYPE_FUSION_NODE value */
                NODE_TYPE_FUSION_NODE = 20
            }

            /**
             * Properties of a Capability.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties instead.
             */
            interface ICapability extends sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties {
            }

            /** Represents a Capability. */
            class Capability {

                /**
                 * Constructs a new Capability.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Capability category. */
                category?: (string|null);

                /** Capability type. */
                type?: (string|null);

                /** Capability value. */
                value?: (string|null);

                /** Capability units. */
                units?: (string|null);

                /**
                 * Creates a new Capability instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Capability instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.Capability & sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.Capability;

                /**
                 * Encodes the specified Capability message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.Capability.verify|verify} messages.
                 * @param message Capability message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Capability message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.Capability.verify|verify} messages.
                 * @param message Capability message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Capability message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.Capability & sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape} Capability
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.Capability & sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape;

                /**
                 * Decodes a Capability message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.Capability & sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape} Capability
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.Capability & sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Shape;

                /**
                 * Verifies a Capability message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Capability message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Capability
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.Capability;

                /**
                 * Creates a plain object from a Capability message. Also converts values to other types if specified.
                 * @param message Capability
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.Capability, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Capability to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Capability {

                /** Properties of a Capability. */
                interface $Properties {

                    /** Capability category */
                    category?: (string|null);

                    /** Capability type */
                    type?: (string|null);

                    /** Capability value */
                    value?: (string|null);

                    /** Capability units */
                    units?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Capability. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.Capability.$Properties;
            }

            /**
             * Properties of a StatusDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties instead.
             */
            interface IStatusDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties {
            }

            /** Represents a StatusDefinition. */
            class StatusDefinition {

                /**
                 * Constructs a new StatusDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusDefinition statusInterval. */
                statusInterval?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                /** StatusDefinition locationDefinition. */
                locationDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                /** StatusDefinition coverageDefinition. */
                coverageDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                /** StatusDefinition obscurationDefinition. */
                obscurationDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                /** StatusDefinition statusReport. */
                statusReport: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties[];

                /** StatusDefinition fieldOfViewDefinition. */
                fieldOfViewDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                /**
                 * Creates a new StatusDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition;

                /**
                 * Encodes the specified StatusDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.verify|verify} messages.
                 * @param message StatusDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatusDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.verify|verify} messages.
                 * @param message StatusDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape} StatusDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape;

                /**
                 * Decodes a StatusDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape} StatusDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition.$Shape;

                /**
                 * Verifies a StatusDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatusDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition;

                /**
                 * Creates a plain object from a StatusDefinition message. Also converts values to other types if specified.
                 * @param message StatusDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.StatusDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StatusDefinition {

                /** Properties of a StatusDefinition. */
                interface $Properties {

                    /** StatusDefinition statusInterval */
                    statusInterval?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                    /** StatusDefinition locationDefinition */
                    locationDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                    /** StatusDefinition coverageDefinition */
                    coverageDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                    /** StatusDefinition obscurationDefinition */
                    obscurationDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                    /** StatusDefinition statusReport */
                    statusReport?: (sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties[]|null);

                    /** StatusDefinition fieldOfViewDefinition */
                    fieldOfViewDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusDefinition. */
                type $Shape = {
                  statusInterval?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape|null;
                  locationDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape|null;
                  coverageDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape|null;
                  obscurationDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape|null;
                  statusReport?: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape[]|null;
                  fieldOfViewDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** TimeUnits enum. */
            enum TimeUnits {

                /** TIME_UNITS_UNSPECIFIED value */
                TIME_UNITS_UNSPECIFIED = 0,

                /** TIME_UNITS_NANOSECONDS value */
                TIME_UNITS_NANOSECONDS = 1,

                /** TIME_UNITS_MICROSECONDS value */
                TIME_UNITS_MICROSECONDS = 2,

                /** TIME_UNITS_MILLISECONDS value */
                TIME_UNITS_MILLISECONDS = 3,

                /** TIME_UNITS_SECONDS value */
                TIME_UNITS_SECONDS = 4,

                /** TIME_UNITS_MINUTES value */
                TIME_UNITS_MINUTES = 5,

                /** TIME_UNITS_HOURS value */
                TIME_UNITS_HOURS = 6,

                /** TIME_UNITS_DAYS value */
                TIME_UNITS_DAYS = 7
            }

            /**
             * Properties of a Duration.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties instead.
             */
            interface IDuration extends sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties {
            }

            /** Represents a Duration. */
            class Duration {

                /**
                 * Constructs a new Duration.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Duration units. */
                units?: (sapient_msg.bsi_flex_335_v2_0.Registration.TimeUnits|null);

                /** Duration value. */
                value?: (number|null);

                /**
                 * Creates a new Duration instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Duration instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.Duration & sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.Duration;

                /**
                 * Encodes the specified Duration message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify|verify} messages.
                 * @param message Duration message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Duration message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.Duration.verify|verify} messages.
                 * @param message Duration message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Duration message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.Duration & sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape} Duration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.Duration & sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape;

                /**
                 * Decodes a Duration message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.Duration & sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape} Duration
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.Duration & sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape;

                /**
                 * Verifies a Duration message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Duration message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Duration
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.Duration;

                /**
                 * Creates a plain object from a Duration message. Also converts values to other types if specified.
                 * @param message Duration
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.Duration, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Duration to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Duration {

                /** Properties of a Duration. */
                interface $Properties {

                    /** Duration units */
                    units?: (sapient_msg.bsi_flex_335_v2_0.Registration.TimeUnits|null);

                    /** Duration value */
                    value?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Duration. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties;
            }

            /**
             * Properties of a ModeParameter.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties instead.
             */
            interface IModeParameter extends sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties {
            }

            /** Represents a ModeParameter. */
            class ModeParameter {

                /**
                 * Constructs a new ModeParameter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ModeParameter type. */
                type?: (string|null);

                /** ModeParameter value. */
                value?: (string|null);

                /**
                 * Creates a new ModeParameter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ModeParameter instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter & sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter;

                /**
                 * Encodes the specified ModeParameter message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.verify|verify} messages.
                 * @param message ModeParameter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ModeParameter message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.verify|verify} messages.
                 * @param message ModeParameter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ModeParameter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter & sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape} ModeParameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter & sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape;

                /**
                 * Decodes a ModeParameter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter & sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape} ModeParameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter & sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape;

                /**
                 * Verifies a ModeParameter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ModeParameter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ModeParameter
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter;

                /**
                 * Creates a plain object from a ModeParameter message. Also converts values to other types if specified.
                 * @param message ModeParameter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ModeParameter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ModeParameter {

                /** Properties of a ModeParameter. */
                interface $Properties {

                    /** ModeParameter type */
                    type?: (string|null);

                    /** ModeParameter value */
                    value?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ModeParameter. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties;
            }

            /**
             * Properties of a LocationType.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties instead.
             */
            interface ILocationType extends sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties {
            }

            /** Represents a LocationType. */
            class LocationType {

                /**
                 * Constructs a new LocationType.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** LocationType locationUnits. */
                locationUnits?: (sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem|null);

                /** LocationType rangeBearingUnits. */
                rangeBearingUnits?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null);

                /** LocationType locationDatum. */
                locationDatum?: (sapient_msg.bsi_flex_335_v2_0.LocationDatum|null);

                /** LocationType rangeBearingDatum. */
                rangeBearingDatum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

                /** LocationType zone. */
                zone?: (string|null);

                /** LocationType coordinatesOneof. */
                coordinatesOneof?: ("locationUnits"|"rangeBearingUnits");

                /** LocationType datumOneof. */
                datumOneof?: ("locationDatum"|"rangeBearingDatum");

                /**
                 * Creates a new LocationType instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns LocationType instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.LocationType & sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.LocationType;

                /**
                 * Encodes the specified LocationType message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify|verify} messages.
                 * @param message LocationType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified LocationType message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.verify|verify} messages.
                 * @param message LocationType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a LocationType message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.LocationType & sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape} LocationType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.LocationType & sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape;

                /**
                 * Decodes a LocationType message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.LocationType & sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape} LocationType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.LocationType & sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape;

                /**
                 * Verifies a LocationType message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a LocationType message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns LocationType
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.LocationType;

                /**
                 * Creates a plain object from a LocationType message. Also converts values to other types if specified.
                 * @param message LocationType
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this LocationType to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace LocationType {

                /** Properties of a LocationType. */
                interface $Properties {

                    /** LocationType locationUnits */
                    locationUnits?: (sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem|null);

                    /** LocationType rangeBearingUnits */
                    rangeBearingUnits?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null);

                    /** LocationType locationDatum */
                    locationDatum?: (sapient_msg.bsi_flex_335_v2_0.LocationDatum|null);

                    /** LocationType rangeBearingDatum */
                    rangeBearingDatum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

                    /** LocationType zone */
                    zone?: (string|null);

                    /** LocationType coordinatesOneof */
                    coordinatesOneof?: ("locationUnits"|"rangeBearingUnits");

                    /** LocationType datumOneof */
                    datumOneof?: ("locationDatum"|"rangeBearingDatum");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a LocationType. */
                type $Shape = {
                  locationUnits?: sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem|null;
                  rangeBearingUnits?: sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem|null;
                  locationDatum?: sapient_msg.bsi_flex_335_v2_0.LocationDatum|null;
                  rangeBearingDatum?: sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null;
                  zone?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ coordinatesOneof?: undefined; locationUnits?: null; rangeBearingUnits?: null }|{ coordinatesOneof?: "locationUnits"; locationUnits: sapient_msg.bsi_flex_335_v2_0.LocationCoordinateSystem; rangeBearingUnits?: null }|{ coordinatesOneof?: "rangeBearingUnits"; locationUnits?: null; rangeBearingUnits: sapient_msg.bsi_flex_335_v2_0.RangeBearingCoordinateSystem })
                ) & (
                  ({ datumOneof?: undefined; locationDatum?: null; rangeBearingDatum?: null }|{ datumOneof?: "locationDatum"; locationDatum: sapient_msg.bsi_flex_335_v2_0.LocationDatum; rangeBearingDatum?: null }|{ datumOneof?: "rangeBearingDatum"; locationDatum?: null; rangeBearingDatum: sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum })
                );
            }

            /**
             * Properties of a VelocityType.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties instead.
             */
            interface IVelocityType extends sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties {
            }

            /** Represents a VelocityType. */
            class VelocityType {

                /**
                 * Constructs a new VelocityType.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** VelocityType enuVelocityUnits. */
                enuVelocityUnits?: (sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties|null);

                /** VelocityType locationDatum. */
                locationDatum?: (sapient_msg.bsi_flex_335_v2_0.LocationDatum|null);

                /** VelocityType rangeBearingDatum. */
                rangeBearingDatum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

                /** VelocityType zone. */
                zone?: (string|null);

                /** VelocityType velocityUnitsOneof. */
                velocityUnitsOneof?: "enuVelocityUnits";

                /** VelocityType datumOneof. */
                datumOneof?: ("locationDatum"|"rangeBearingDatum");

                /**
                 * Creates a new VelocityType instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns VelocityType instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType & sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType;

                /**
                 * Encodes the specified VelocityType message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.verify|verify} messages.
                 * @param message VelocityType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified VelocityType message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.verify|verify} messages.
                 * @param message VelocityType message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a VelocityType message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType & sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape} VelocityType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType & sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape;

                /**
                 * Decodes a VelocityType message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType & sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape} VelocityType
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType & sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape;

                /**
                 * Verifies a VelocityType message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a VelocityType message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns VelocityType
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType;

                /**
                 * Creates a plain object from a VelocityType message. Also converts values to other types if specified.
                 * @param message VelocityType
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this VelocityType to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace VelocityType {

                /** Properties of a VelocityType. */
                interface $Properties {

                    /** VelocityType enuVelocityUnits */
                    enuVelocityUnits?: (sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Properties|null);

                    /** VelocityType locationDatum */
                    locationDatum?: (sapient_msg.bsi_flex_335_v2_0.LocationDatum|null);

                    /** VelocityType rangeBearingDatum */
                    rangeBearingDatum?: (sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null);

                    /** VelocityType zone */
                    zone?: (string|null);

                    /** VelocityType velocityUnitsOneof */
                    velocityUnitsOneof?: "enuVelocityUnits";

                    /** VelocityType datumOneof */
                    datumOneof?: ("locationDatum"|"rangeBearingDatum");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a VelocityType. */
                type $Shape = {
                  enuVelocityUnits?: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape|null;
                  locationDatum?: sapient_msg.bsi_flex_335_v2_0.LocationDatum|null;
                  rangeBearingDatum?: sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum|null;
                  zone?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ velocityUnitsOneof?: undefined; enuVelocityUnits?: null }|{ velocityUnitsOneof?: "enuVelocityUnits"; enuVelocityUnits: sapient_msg.bsi_flex_335_v2_0.ENUVelocityUnits.$Shape })
                ) & (
                  ({ datumOneof?: undefined; locationDatum?: null; rangeBearingDatum?: null }|{ datumOneof?: "locationDatum"; locationDatum: sapient_msg.bsi_flex_335_v2_0.LocationDatum; rangeBearingDatum?: null }|{ datumOneof?: "rangeBearingDatum"; locationDatum?: null; rangeBearingDatum: sapient_msg.bsi_flex_335_v2_0.RangeBearingDatum })
                );
            }

            /**
             * Properties of a StatusReport.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties instead.
             */
            interface IStatusReport extends sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties {
            }

            /** Represents a StatusReport. */
            class StatusReport {

                /**
                 * Constructs a new StatusReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** StatusReport category. */
                category?: (sapient_msg.bsi_flex_335_v2_0.Registration.StatusReportCategory|null);

                /** StatusReport type. */
                type?: (string|null);

                /** StatusReport units. */
                units?: (string|null);

                /** StatusReport onChange. */
                onChange?: (boolean|null);

                /**
                 * Creates a new StatusReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns StatusReport instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport & sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport;

                /**
                 * Encodes the specified StatusReport message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.verify|verify} messages.
                 * @param message StatusReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified StatusReport message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.verify|verify} messages.
                 * @param message StatusReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a StatusReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport & sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape} StatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport & sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape;

                /**
                 * Decodes a StatusReport message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport & sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape} StatusReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport & sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Shape;

                /**
                 * Verifies a StatusReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns StatusReport
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport;

                /**
                 * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
                 * @param message StatusReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this StatusReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace StatusReport {

                /** Properties of a StatusReport. */
                interface $Properties {

                    /** StatusReport category */
                    category?: (sapient_msg.bsi_flex_335_v2_0.Registration.StatusReportCategory|null);

                    /** StatusReport type */
                    type?: (string|null);

                    /** StatusReport units */
                    units?: (string|null);

                    /** StatusReport onChange */
                    onChange?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a StatusReport. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.StatusReport.$Properties;
            }

            /** StatusReportCategory enum. */
            enum StatusReportCategory {

                /** STATUS_REPORT_CATEGORY_UNSPECIFIED value */
                STATUS_REPORT_CATEGORY_UNSPECIFIED = 0,

                /** STATUS_REPORT_CATEGORY_SENSOR value */
                STATUS_REPORT_CATEGORY_SENSOR = 1,

                /** STATUS_REPORT_CATEGORY_POWER value */
                STATUS_REPORT_CATEGORY_POWER = 2,

                /** STATUS_REPORT_CATEGORY_MODE value */
                STATUS_REPORT_CATEGORY_MODE = 3,

                /** STATUS_REPORT_CATEGORY_STATUS value */
                STATUS_REPORT_CATEGORY_STATUS = 4
            }

            /**
             * Properties of a ModeDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties instead.
             */
            interface IModeDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties {
            }

            /** Represents a ModeDefinition. */
            class ModeDefinition {

                /**
                 * Constructs a new ModeDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ModeDefinition modeName. */
                modeName?: (string|null);

                /** ModeDefinition modeType. */
                modeType?: (sapient_msg.bsi_flex_335_v2_0.Registration.ModeType|null);

                /** ModeDefinition modeDescription. */
                modeDescription?: (string|null);

                /** ModeDefinition settleTime. */
                settleTime?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                /** ModeDefinition maximumLatency. */
                maximumLatency?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                /** ModeDefinition scanType. */
                scanType?: (sapient_msg.bsi_flex_335_v2_0.Registration.ScanType|null);

                /** ModeDefinition trackingType. */
                trackingType?: (sapient_msg.bsi_flex_335_v2_0.Registration.TrackingType|null);

                /** ModeDefinition duration. */
                duration?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                /** ModeDefinition modeParameter. */
                modeParameter: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties[];

                /** ModeDefinition detectionDefinition. */
                detectionDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties[];

                /** ModeDefinition task. */
                task?: (sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties|null);

                /**
                 * Creates a new ModeDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ModeDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition;

                /**
                 * Encodes the specified ModeDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.verify|verify} messages.
                 * @param message ModeDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ModeDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.verify|verify} messages.
                 * @param message ModeDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ModeDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape} ModeDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape;

                /**
                 * Decodes a ModeDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape} ModeDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition.$Shape;

                /**
                 * Verifies a ModeDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ModeDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ModeDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition;

                /**
                 * Creates a plain object from a ModeDefinition message. Also converts values to other types if specified.
                 * @param message ModeDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.ModeDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ModeDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ModeDefinition {

                /** Properties of a ModeDefinition. */
                interface $Properties {

                    /** ModeDefinition modeName */
                    modeName?: (string|null);

                    /** ModeDefinition modeType */
                    modeType?: (sapient_msg.bsi_flex_335_v2_0.Registration.ModeType|null);

                    /** ModeDefinition modeDescription */
                    modeDescription?: (string|null);

                    /** ModeDefinition settleTime */
                    settleTime?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                    /** ModeDefinition maximumLatency */
                    maximumLatency?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                    /** ModeDefinition scanType */
                    scanType?: (sapient_msg.bsi_flex_335_v2_0.Registration.ScanType|null);

                    /** ModeDefinition trackingType */
                    trackingType?: (sapient_msg.bsi_flex_335_v2_0.Registration.TrackingType|null);

                    /** ModeDefinition duration */
                    duration?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                    /** ModeDefinition modeParameter */
                    modeParameter?: (sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Properties[]|null);

                    /** ModeDefinition detectionDefinition */
                    detectionDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties[]|null);

                    /** ModeDefinition task */
                    task?: (sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ModeDefinition. */
                type $Shape = {
                  modeName?: string|null;
                  modeType?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeType|null;
                  modeDescription?: string|null;
                  settleTime?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape|null;
                  maximumLatency?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape|null;
                  scanType?: sapient_msg.bsi_flex_335_v2_0.Registration.ScanType|null;
                  trackingType?: sapient_msg.bsi_flex_335_v2_0.Registration.TrackingType|null;
                  duration?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape|null;
                  modeParameter?: sapient_msg.bsi_flex_335_v2_0.Registration.ModeParameter.$Shape[]|null;
                  detectionDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape[]|null;
                  task?: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** ModeType enum. */
            enum ModeType {

                /** MODE_TYPE_UNSPECIFIED value */
                MODE_TYPE_UNSPECIFIED = 0,

                /** MODE_TYPE_PERMANENT value */
                MODE_TYPE_PERMANENT = 1,

                /** MODE_TYPE_TEMPORARY value */
                MODE_TYPE_TEMPORARY = 2,

                /** MODE_TYPE_DEFAULT value */
                MODE_TYPE_DEFAULT = 3
            }

            /** ScanType enum. */
            enum ScanType {

                /** SCAN_TYPE_UNSPECIFIED value */
                SCAN_TYPE_UNSPECIFIED = 0,

                /** SCAN_TYPE_FIXED value */
                SCAN_TYPE_FIXED = 1,

                /** SCAN_TYPE_SCANNING value */
                SCAN_TYPE_SCANNING = 2,

                /** SCAN_TYPE_STEERABLE value */
                SCAN_TYPE_STEERABLE = 3
            }

            /** TrackingType enum. */
            enum TrackingType {

                /** TRACKING_TYPE_UNSPECIFIED value */
                TRACKING_TYPE_UNSPECIFIED = 0,

                /** TRACKING_TYPE_NONE value */
                TRACKING_TYPE_NONE = 1,

                /** TRACKING_TYPE_TRACKLET value */
                TRACKING_TYPE_TRACKLET = 2,

                /** TRACKING_TYPE_TRACK value */
                TRACKING_TYPE_TRACK = 3,

                /** TRACKING_TYPE_TRACK_WITH_RE_ID value */
                TRACKING_TYPE_TRACK_WITH_RE_ID = 4
            }

            /**
             * Properties of a DetectionDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties instead.
             */
            interface IDetectionDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties {
            }

            /** Represents a DetectionDefinition. */
            class DetectionDefinition {

                /**
                 * Constructs a new DetectionDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DetectionDefinition locationType. */
                locationType?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                /** DetectionDefinition detectionPerformance. */
                detectionPerformance: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties[];

                /** DetectionDefinition detectionReport. */
                detectionReport: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties[];

                /** DetectionDefinition detectionClassDefinition. */
                detectionClassDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties[];

                /** DetectionDefinition behaviourDefinition. */
                behaviourDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties[];

                /** DetectionDefinition velocityType. */
                velocityType?: (sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties|null);

                /** DetectionDefinition geometricError. */
                geometricError?: (sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties|null);

                /**
                 * Creates a new DetectionDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DetectionDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition;

                /**
                 * Encodes the specified DetectionDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.verify|verify} messages.
                 * @param message DetectionDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DetectionDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.verify|verify} messages.
                 * @param message DetectionDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DetectionDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape} DetectionDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape;

                /**
                 * Decodes a DetectionDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape} DetectionDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition.$Shape;

                /**
                 * Verifies a DetectionDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DetectionDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DetectionDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition;

                /**
                 * Creates a plain object from a DetectionDefinition message. Also converts values to other types if specified.
                 * @param message DetectionDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DetectionDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DetectionDefinition {

                /** Properties of a DetectionDefinition. */
                interface $Properties {

                    /** DetectionDefinition locationType */
                    locationType?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties|null);

                    /** DetectionDefinition detectionPerformance */
                    detectionPerformance?: (sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties[]|null);

                    /** DetectionDefinition detectionReport */
                    detectionReport?: (sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties[]|null);

                    /** DetectionDefinition detectionClassDefinition */
                    detectionClassDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties[]|null);

                    /** DetectionDefinition behaviourDefinition */
                    behaviourDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties[]|null);

                    /** DetectionDefinition velocityType */
                    velocityType?: (sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Properties|null);

                    /** DetectionDefinition geometricError */
                    geometricError?: (sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DetectionDefinition. */
                type $Shape = {
                  locationType?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape|null;
                  detectionPerformance?: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape[]|null;
                  detectionReport?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape[]|null;
                  detectionClassDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape[]|null;
                  behaviourDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape[]|null;
                  velocityType?: sapient_msg.bsi_flex_335_v2_0.Registration.VelocityType.$Shape|null;
                  geometricError?: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a GeometricError.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties instead.
             */
            interface IGeometricError extends sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties {
            }

            /** Represents a GeometricError. */
            class GeometricError {

                /**
                 * Constructs a new GeometricError.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** GeometricError type. */
                type?: (string|null);

                /** GeometricError units. */
                units?: (string|null);

                /** GeometricError variationType. */
                variationType?: (string|null);

                /** GeometricError performanceValue. */
                performanceValue: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties[];

                /**
                 * Creates a new GeometricError instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns GeometricError instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError & sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError;

                /**
                 * Encodes the specified GeometricError message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.verify|verify} messages.
                 * @param message GeometricError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified GeometricError message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.verify|verify} messages.
                 * @param message GeometricError message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a GeometricError message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError & sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape} GeometricError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError & sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape;

                /**
                 * Decodes a GeometricError message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError & sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape} GeometricError
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError & sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Shape;

                /**
                 * Verifies a GeometricError message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a GeometricError message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns GeometricError
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError;

                /**
                 * Creates a plain object from a GeometricError message. Also converts values to other types if specified.
                 * @param message GeometricError
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this GeometricError to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace GeometricError {

                /** Properties of a GeometricError. */
                interface $Properties {

                    /** GeometricError type */
                    type?: (string|null);

                    /** GeometricError units */
                    units?: (string|null);

                    /** GeometricError variationType */
                    variationType?: (string|null);

                    /** GeometricError performanceValue */
                    performanceValue?: (sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a GeometricError. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.GeometricError.$Properties;
            }

            /**
             * Properties of a PerformanceValue.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties instead.
             */
            interface IPerformanceValue extends sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties {
            }

            /** Represents a PerformanceValue. */
            class PerformanceValue {

                /**
                 * Constructs a new PerformanceValue.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** PerformanceValue type. */
                type?: (string|null);

                /** PerformanceValue units. */
                units?: (string|null);

                /** PerformanceValue unitValue. */
                unitValue?: (string|null);

                /** PerformanceValue variationType. */
                variationType?: (string|null);

                /**
                 * Creates a new PerformanceValue instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns PerformanceValue instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue & sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue;

                /**
                 * Encodes the specified PerformanceValue message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.verify|verify} messages.
                 * @param message PerformanceValue message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified PerformanceValue message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.verify|verify} messages.
                 * @param message PerformanceValue message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a PerformanceValue message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue & sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape} PerformanceValue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue & sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape;

                /**
                 * Decodes a PerformanceValue message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue & sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape} PerformanceValue
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue & sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Shape;

                /**
                 * Verifies a PerformanceValue message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a PerformanceValue message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns PerformanceValue
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue;

                /**
                 * Creates a plain object from a PerformanceValue message. Also converts values to other types if specified.
                 * @param message PerformanceValue
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this PerformanceValue to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace PerformanceValue {

                /** Properties of a PerformanceValue. */
                interface $Properties {

                    /** PerformanceValue type */
                    type?: (string|null);

                    /** PerformanceValue units */
                    units?: (string|null);

                    /** PerformanceValue unitValue */
                    unitValue?: (string|null);

                    /** PerformanceValue variationType */
                    variationType?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a PerformanceValue. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties;
            }

            /**
             * Properties of a DetectionReport.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties instead.
             */
            interface IDetectionReport extends sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties {
            }

            /** Represents a DetectionReport. */
            class DetectionReport {

                /**
                 * Constructs a new DetectionReport.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DetectionReport category. */
                category?: (sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReportCategory|null);

                /** DetectionReport type. */
                type?: (string|null);

                /** DetectionReport units. */
                units?: (string|null);

                /** DetectionReport onChange. */
                onChange?: (boolean|null);

                /**
                 * Creates a new DetectionReport instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DetectionReport instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport;

                /**
                 * Encodes the specified DetectionReport message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.verify|verify} messages.
                 * @param message DetectionReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DetectionReport message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.verify|verify} messages.
                 * @param message DetectionReport message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DetectionReport message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape} DetectionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape;

                /**
                 * Decodes a DetectionReport message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape} DetectionReport
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Shape;

                /**
                 * Verifies a DetectionReport message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DetectionReport message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DetectionReport
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport;

                /**
                 * Creates a plain object from a DetectionReport message. Also converts values to other types if specified.
                 * @param message DetectionReport
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DetectionReport to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DetectionReport {

                /** Properties of a DetectionReport. */
                interface $Properties {

                    /** DetectionReport category */
                    category?: (sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReportCategory|null);

                    /** DetectionReport type */
                    type?: (string|null);

                    /** DetectionReport units */
                    units?: (string|null);

                    /** DetectionReport onChange */
                    onChange?: (boolean|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DetectionReport. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.DetectionReport.$Properties;
            }

            /** DetectionReportCategory enum. */
            enum DetectionReportCategory {

                /** DETECTION_REPORT_CATEGORY_UNSPECIFIED value */
                DETECTION_REPORT_CATEGORY_UNSPECIFIED = 0,

                /** DETECTION_REPORT_CATEGORY_DETECTION value */
                DETECTION_REPORT_CATEGORY_DETECTION = 1,

                /** DETECTION_REPORT_CATEGORY_TRACK value */
                DETECTION_REPORT_CATEGORY_TRACK = 2,

                /** DETECTION_REPORT_CATEGORY_OBJECT value */
                DETECTION_REPORT_CATEGORY_OBJECT = 3,

                /** DETECTION_REPORT_CATEGORY_SIGNAL value */
                DETECTION_REPORT_CATEGORY_SIGNAL = 4
            }

            /**
             * Properties of a DetectionClassDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties instead.
             */
            interface IDetectionClassDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties {
            }

            /** Represents a DetectionClassDefinition. */
            class DetectionClassDefinition {

                /**
                 * Constructs a new DetectionClassDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** DetectionClassDefinition confidenceDefinition. */
                confidenceDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.ConfidenceDefinition|null);

                /** DetectionClassDefinition classPerformance. */
                classPerformance: sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties[];

                /** DetectionClassDefinition classDefinition. */
                classDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties[];

                /** DetectionClassDefinition taxonomyDockDefinition. */
                taxonomyDockDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties[];

                /**
                 * Creates a new DetectionClassDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns DetectionClassDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition;

                /**
                 * Encodes the specified DetectionClassDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.verify|verify} messages.
                 * @param message DetectionClassDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified DetectionClassDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.verify|verify} messages.
                 * @param message DetectionClassDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a DetectionClassDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape} DetectionClassDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape;

                /**
                 * Decodes a DetectionClassDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape} DetectionClassDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Shape;

                /**
                 * Verifies a DetectionClassDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a DetectionClassDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns DetectionClassDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition;

                /**
                 * Creates a plain object from a DetectionClassDefinition message. Also converts values to other types if specified.
                 * @param message DetectionClassDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this DetectionClassDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace DetectionClassDefinition {

                /** Properties of a DetectionClassDefinition. */
                interface $Properties {

                    /** DetectionClassDefinition confidenceDefinition */
                    confidenceDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.ConfidenceDefinition|null);

                    /** DetectionClassDefinition classPerformance */
                    classPerformance?: (sapient_msg.bsi_flex_335_v2_0.Registration.PerformanceValue.$Properties[]|null);

                    /** DetectionClassDefinition classDefinition */
                    classDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties[]|null);

                    /** DetectionClassDefinition taxonomyDockDefinition */
                    taxonomyDockDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a DetectionClassDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.DetectionClassDefinition.$Properties;
            }

            /** ConfidenceDefinition enum. */
            enum ConfidenceDefinition {

                /** CONFIDENCE_DEFINITION_UNSPECIFIED value */
                CONFIDENCE_DEFINITION_UNSPECIFIED = 0,

                /** CONFIDENCE_DEFINITION_SINGLE_CLASS value */
                CONFIDENCE_DEFINITION_SINGLE_CLASS = 1,

                /** CONFIDENCE_DEFINITION_MULTI_CLASS value */
                CONFIDENCE_DEFINITION_MULTI_CLASS = 2
            }

            /**
             * Properties of a ClassDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties instead.
             */
            interface IClassDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties {
            }

            /** Represents a ClassDefinition. */
            class ClassDefinition {

                /**
                 * Constructs a new ClassDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClassDefinition type. */
                type?: (string|null);

                /** ClassDefinition units. */
                units?: (string|null);

                /** ClassDefinition subClass. */
                subClass: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties[];

                /**
                 * Creates a new ClassDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClassDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition;

                /**
                 * Encodes the specified ClassDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.verify|verify} messages.
                 * @param message ClassDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ClassDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.verify|verify} messages.
                 * @param message ClassDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClassDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Shape} ClassDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Shape;

                /**
                 * Decodes a ClassDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Shape} ClassDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Shape;

                /**
                 * Verifies a ClassDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClassDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClassDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition;

                /**
                 * Creates a plain object from a ClassDefinition message. Also converts values to other types if specified.
                 * @param message ClassDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClassDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ClassDefinition {

                /** Properties of a ClassDefinition. */
                interface $Properties {

                    /** ClassDefinition type */
                    type?: (string|null);

                    /** ClassDefinition units */
                    units?: (string|null);

                    /** ClassDefinition subClass */
                    subClass?: (sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClassDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.ClassDefinition.$Properties;
            }

            /**
             * Properties of a SubClass.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties instead.
             */
            interface ISubClass extends sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties {
            }

            /** Represents a SubClass. */
            class SubClass {

                /**
                 * Constructs a new SubClass.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubClass type. */
                type?: (string|null);

                /** SubClass units. */
                units?: (string|null);

                /** SubClass level. */
                level?: (number|null);

                /** SubClass subClass. */
                subClass: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties[];

                /**
                 * Creates a new SubClass instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubClass instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.SubClass & sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.SubClass;

                /**
                 * Encodes the specified SubClass message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.verify|verify} messages.
                 * @param message SubClass message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubClass message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.verify|verify} messages.
                 * @param message SubClass message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubClass message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.SubClass & sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Shape} SubClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.SubClass & sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Shape;

                /**
                 * Decodes a SubClass message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.SubClass & sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Shape} SubClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.SubClass & sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Shape;

                /**
                 * Verifies a SubClass message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubClass message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubClass
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.SubClass;

                /**
                 * Creates a plain object from a SubClass message. Also converts values to other types if specified.
                 * @param message SubClass
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.SubClass, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubClass to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubClass {

                /** Properties of a SubClass. */
                interface $Properties {

                    /** SubClass type */
                    type?: (string|null);

                    /** SubClass units */
                    units?: (string|null);

                    /** SubClass level */
                    level?: (number|null);

                    /** SubClass subClass */
                    subClass?: (sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubClass. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.SubClass.$Properties;
            }

            /**
             * Properties of a BehaviourDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties instead.
             */
            interface IBehaviourDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties {
            }

            /** Represents a BehaviourDefinition. */
            class BehaviourDefinition {

                /**
                 * Constructs a new BehaviourDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BehaviourDefinition type. */
                type?: (string|null);

                /** BehaviourDefinition units. */
                units?: (string|null);

                /**
                 * Creates a new BehaviourDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BehaviourDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition;

                /**
                 * Encodes the specified BehaviourDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.verify|verify} messages.
                 * @param message BehaviourDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BehaviourDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.verify|verify} messages.
                 * @param message BehaviourDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BehaviourDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape} BehaviourDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape;

                /**
                 * Decodes a BehaviourDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape} BehaviourDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Shape;

                /**
                 * Verifies a BehaviourDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BehaviourDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BehaviourDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition;

                /**
                 * Creates a plain object from a BehaviourDefinition message. Also converts values to other types if specified.
                 * @param message BehaviourDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BehaviourDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BehaviourDefinition {

                /** Properties of a BehaviourDefinition. */
                interface $Properties {

                    /** BehaviourDefinition type */
                    type?: (string|null);

                    /** BehaviourDefinition units */
                    units?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BehaviourDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourDefinition.$Properties;
            }

            /**
             * Properties of a TaskDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties instead.
             */
            interface ITaskDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties {
            }

            /** Represents a TaskDefinition. */
            class TaskDefinition {

                /**
                 * Constructs a new TaskDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaskDefinition concurrentTasks. */
                concurrentTasks?: (number|null);

                /** TaskDefinition regionDefinition. */
                regionDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties|null);

                /** TaskDefinition command. */
                command: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties[];

                /**
                 * Creates a new TaskDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaskDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition;

                /**
                 * Encodes the specified TaskDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.verify|verify} messages.
                 * @param message TaskDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TaskDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.verify|verify} messages.
                 * @param message TaskDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaskDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape} TaskDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape;

                /**
                 * Decodes a TaskDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape} TaskDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition.$Shape;

                /**
                 * Verifies a TaskDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaskDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaskDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition;

                /**
                 * Creates a plain object from a TaskDefinition message. Also converts values to other types if specified.
                 * @param message TaskDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.TaskDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaskDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TaskDefinition {

                /** Properties of a TaskDefinition. */
                interface $Properties {

                    /** TaskDefinition concurrentTasks */
                    concurrentTasks?: (number|null);

                    /** TaskDefinition regionDefinition */
                    regionDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties|null);

                    /** TaskDefinition command */
                    command?: (sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaskDefinition. */
                type $Shape = {
                  concurrentTasks?: number|null;
                  regionDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape|null;
                  command?: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /**
             * Properties of a ClassFilterDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties instead.
             */
            interface IClassFilterDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties {
            }

            /** Represents a ClassFilterDefinition. */
            class ClassFilterDefinition {

                /**
                 * Constructs a new ClassFilterDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClassFilterDefinition filterParameter. */
                filterParameter: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties[];

                /** ClassFilterDefinition subClassDefinition. */
                subClassDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties[];

                /** ClassFilterDefinition type. */
                type?: (string|null);

                /**
                 * Creates a new ClassFilterDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClassFilterDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition;

                /**
                 * Encodes the specified ClassFilterDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.verify|verify} messages.
                 * @param message ClassFilterDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ClassFilterDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.verify|verify} messages.
                 * @param message ClassFilterDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClassFilterDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape} ClassFilterDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape;

                /**
                 * Decodes a ClassFilterDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape} ClassFilterDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape;

                /**
                 * Verifies a ClassFilterDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClassFilterDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClassFilterDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition;

                /**
                 * Creates a plain object from a ClassFilterDefinition message. Also converts values to other types if specified.
                 * @param message ClassFilterDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClassFilterDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ClassFilterDefinition {

                /** Properties of a ClassFilterDefinition. */
                interface $Properties {

                    /** ClassFilterDefinition filterParameter */
                    filterParameter?: (sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties[]|null);

                    /** ClassFilterDefinition subClassDefinition */
                    subClassDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties[]|null);

                    /** ClassFilterDefinition type */
                    type?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClassFilterDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties;
            }

            /**
             * Properties of a SubClassFilterDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties instead.
             */
            interface ISubClassFilterDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties {
            }

            /** Represents a SubClassFilterDefinition. */
            class SubClassFilterDefinition {

                /**
                 * Constructs a new SubClassFilterDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubClassFilterDefinition filterParameter. */
                filterParameter: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties[];

                /** SubClassFilterDefinition level. */
                level?: (number|null);

                /** SubClassFilterDefinition type. */
                type?: (string|null);

                /** SubClassFilterDefinition subClassDefinition. */
                subClassDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties[];

                /**
                 * Creates a new SubClassFilterDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubClassFilterDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition;

                /**
                 * Encodes the specified SubClassFilterDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.verify|verify} messages.
                 * @param message SubClassFilterDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubClassFilterDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.verify|verify} messages.
                 * @param message SubClassFilterDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubClassFilterDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Shape} SubClassFilterDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Shape;

                /**
                 * Decodes a SubClassFilterDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Shape} SubClassFilterDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Shape;

                /**
                 * Verifies a SubClassFilterDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubClassFilterDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubClassFilterDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition;

                /**
                 * Creates a plain object from a SubClassFilterDefinition message. Also converts values to other types if specified.
                 * @param message SubClassFilterDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubClassFilterDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubClassFilterDefinition {

                /** Properties of a SubClassFilterDefinition. */
                interface $Properties {

                    /** SubClassFilterDefinition filterParameter */
                    filterParameter?: (sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties[]|null);

                    /** SubClassFilterDefinition level */
                    level?: (number|null);

                    /** SubClassFilterDefinition type */
                    type?: (string|null);

                    /** SubClassFilterDefinition subClassDefinition */
                    subClassDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubClassFilterDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.SubClassFilterDefinition.$Properties;
            }

            /**
             * Properties of a FilterParameter.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties instead.
             */
            interface IFilterParameter extends sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties {
            }

            /** Represents a FilterParameter. */
            class FilterParameter {

                /**
                 * Constructs a new FilterParameter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** FilterParameter parameter. */
                parameter?: (string|null);

                /** FilterParameter operators. */
                operators: sapient_msg.bsi_flex_335_v2_0.Operator[];

                /**
                 * Creates a new FilterParameter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns FilterParameter instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter & sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter;

                /**
                 * Encodes the specified FilterParameter message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.verify|verify} messages.
                 * @param message FilterParameter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified FilterParameter message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.verify|verify} messages.
                 * @param message FilterParameter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a FilterParameter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter & sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Shape} FilterParameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter & sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Shape;

                /**
                 * Decodes a FilterParameter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter & sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Shape} FilterParameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter & sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Shape;

                /**
                 * Verifies a FilterParameter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a FilterParameter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns FilterParameter
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter;

                /**
                 * Creates a plain object from a FilterParameter message. Also converts values to other types if specified.
                 * @param message FilterParameter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this FilterParameter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace FilterParameter {

                /** Properties of a FilterParameter. */
                interface $Properties {

                    /** FilterParameter parameter */
                    parameter?: (string|null);

                    /** FilterParameter operators */
                    operators?: (sapient_msg.bsi_flex_335_v2_0.Operator[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a FilterParameter. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties;
            }

            /**
             * Properties of a BehaviourFilterDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties instead.
             */
            interface IBehaviourFilterDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties {
            }

            /** Represents a BehaviourFilterDefinition. */
            class BehaviourFilterDefinition {

                /**
                 * Constructs a new BehaviourFilterDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BehaviourFilterDefinition filterParameter. */
                filterParameter: sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties[];

                /** BehaviourFilterDefinition type. */
                type?: (string|null);

                /**
                 * Creates a new BehaviourFilterDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BehaviourFilterDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition;

                /**
                 * Encodes the specified BehaviourFilterDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.verify|verify} messages.
                 * @param message BehaviourFilterDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BehaviourFilterDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.verify|verify} messages.
                 * @param message BehaviourFilterDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BehaviourFilterDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape} BehaviourFilterDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape;

                /**
                 * Decodes a BehaviourFilterDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape} BehaviourFilterDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape;

                /**
                 * Verifies a BehaviourFilterDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BehaviourFilterDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BehaviourFilterDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition;

                /**
                 * Creates a plain object from a BehaviourFilterDefinition message. Also converts values to other types if specified.
                 * @param message BehaviourFilterDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BehaviourFilterDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BehaviourFilterDefinition {

                /** Properties of a BehaviourFilterDefinition. */
                interface $Properties {

                    /** BehaviourFilterDefinition filterParameter */
                    filterParameter?: (sapient_msg.bsi_flex_335_v2_0.Registration.FilterParameter.$Properties[]|null);

                    /** BehaviourFilterDefinition type */
                    type?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BehaviourFilterDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties;
            }

            /**
             * Properties of a Command.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties instead.
             */
            interface ICommand extends sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command units. */
                units?: (string|null);

                /** Command completionTime. */
                completionTime?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                /** Command type. */
                type?: (sapient_msg.bsi_flex_335_v2_0.Registration.CommandType|null);

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.Command & sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Command message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.Command & sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.Command & sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape;

                /**
                 * Decodes a Command message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.Command & sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.Command & sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Shape;

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
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command units */
                    units?: (string|null);

                    /** Command completionTime */
                    completionTime?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                    /** Command type */
                    type?: (sapient_msg.bsi_flex_335_v2_0.Registration.CommandType|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Command. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.Command.$Properties;
            }

            /** CommandType enum. */
            enum CommandType {

                /** COMMAND_TYPE_UNSPECIFIED value */
                COMMAND_TYPE_UNSPECIFIED = 0,

                /** COMMAND_TYPE_REQUEST value */
                COMMAND_TYPE_REQUEST = 1,

                /** COMMAND_TYPE_DETECTION_THRESHOLD value */
                COMMAND_TYPE_DETECTION_THRESHOLD = 2,

                /** COMMAND_TYPE_DETECTION_REPORT_RATE value */
                COMMAND_TYPE_DETECTION_REPORT_RATE = 3,

                /** COMMAND_TYPE_CLASSIFICATION_THRESHOLD value */
                COMMAND_TYPE_CLASSIFICATION_THRESHOLD = 4,

                /** COMMAND_TYPE_MODE_CHANGE value */
                COMMAND_TYPE_MODE_CHANGE = 5,

                /** COMMAND_TYPE_LOOK_AT value */
                COMMAND_TYPE_LOOK_AT = 6,

                /** COMMAND_TYPE_MOVE_TO value */
                COMMAND_TYPE_MOVE_TO = 7,

                /** COMMAND_TYPE_PATROL value */
                COMMAND_TYPE_PATROL = 8,

                /** COMMAND_TYPE_FOLLOW value */
                COMMAND_TYPE_FOLLOW = 9
            }

            /**
             * Properties of a RegionDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties instead.
             */
            interface IRegionDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties {
            }

            /** Represents a RegionDefinition. */
            class RegionDefinition {

                /**
                 * Constructs a new RegionDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** RegionDefinition regionType. */
                regionType: sapient_msg.bsi_flex_335_v2_0.Registration.RegionType[];

                /** RegionDefinition settleTime. */
                settleTime?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                /** RegionDefinition regionArea. */
                regionArea: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties[];

                /** RegionDefinition classFilterDefinition. */
                classFilterDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties[];

                /** RegionDefinition behaviourFilterDefinition. */
                behaviourFilterDefinition: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties[];

                /**
                 * Creates a new RegionDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns RegionDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition;

                /**
                 * Encodes the specified RegionDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.verify|verify} messages.
                 * @param message RegionDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified RegionDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.verify|verify} messages.
                 * @param message RegionDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a RegionDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape} RegionDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape;

                /**
                 * Decodes a RegionDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape} RegionDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition.$Shape;

                /**
                 * Verifies a RegionDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a RegionDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns RegionDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition;

                /**
                 * Creates a plain object from a RegionDefinition message. Also converts values to other types if specified.
                 * @param message RegionDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.RegionDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this RegionDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace RegionDefinition {

                /** Properties of a RegionDefinition. */
                interface $Properties {

                    /** RegionDefinition regionType */
                    regionType?: (sapient_msg.bsi_flex_335_v2_0.Registration.RegionType[]|null);

                    /** RegionDefinition settleTime */
                    settleTime?: (sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Properties|null);

                    /** RegionDefinition regionArea */
                    regionArea?: (sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Properties[]|null);

                    /** RegionDefinition classFilterDefinition */
                    classFilterDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Properties[]|null);

                    /** RegionDefinition behaviourFilterDefinition */
                    behaviourFilterDefinition?: (sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a RegionDefinition. */
                type $Shape = {
                  regionType?: sapient_msg.bsi_flex_335_v2_0.Registration.RegionType[]|null;
                  settleTime?: sapient_msg.bsi_flex_335_v2_0.Registration.Duration.$Shape|null;
                  regionArea?: sapient_msg.bsi_flex_335_v2_0.Registration.LocationType.$Shape[]|null;
                  classFilterDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.ClassFilterDefinition.$Shape[]|null;
                  behaviourFilterDefinition?: sapient_msg.bsi_flex_335_v2_0.Registration.BehaviourFilterDefinition.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** RegionType enum. */
            enum RegionType {

                /** REGION_TYPE_UNSPECIFIED value */
                REGION_TYPE_UNSPECIFIED = 0,

                /** REGION_TYPE_AREA_OF_INTEREST value */
                REGION_TYPE_AREA_OF_INTEREST = 1,

                /** REGION_TYPE_IGNORE value */
                REGION_TYPE_IGNORE = 2,

                /** REGION_TYPE_BOUNDARY value */
                REGION_TYPE_BOUNDARY = 3,

                /** REGION_TYPE_MOBILE_NODE_NO_GO_AREA value */
                REGION_TYPE_MOBILE_NODE_NO_GO_AREA = 4,

                /** REGION_TYPE_MOBILE_NODE_GO_AREA value */
                REGION_TYPE_MOBILE_NODE_GO_AREA = 5
            }

            /**
             * Properties of a TaxonomyDockDefinition.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties instead.
             */
            interface ITaxonomyDockDefinition extends sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties {
            }

            /** Represents a TaxonomyDockDefinition. */
            class TaxonomyDockDefinition {

                /**
                 * Constructs a new TaxonomyDockDefinition.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** TaxonomyDockDefinition DockClassNamespace. */
                DockClassNamespace?: (string|null);

                /** TaxonomyDockDefinition DockClass. */
                DockClass?: (string|null);

                /** TaxonomyDockDefinition ExtensionSubclass. */
                ExtensionSubclass: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties[];

                /**
                 * Creates a new TaxonomyDockDefinition instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns TaxonomyDockDefinition instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition;

                /**
                 * Encodes the specified TaxonomyDockDefinition message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.verify|verify} messages.
                 * @param message TaxonomyDockDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified TaxonomyDockDefinition message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.verify|verify} messages.
                 * @param message TaxonomyDockDefinition message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a TaxonomyDockDefinition message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Shape} TaxonomyDockDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Shape;

                /**
                 * Decodes a TaxonomyDockDefinition message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Shape} TaxonomyDockDefinition
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition & sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Shape;

                /**
                 * Verifies a TaxonomyDockDefinition message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a TaxonomyDockDefinition message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns TaxonomyDockDefinition
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition;

                /**
                 * Creates a plain object from a TaxonomyDockDefinition message. Also converts values to other types if specified.
                 * @param message TaxonomyDockDefinition
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this TaxonomyDockDefinition to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace TaxonomyDockDefinition {

                /** Properties of a TaxonomyDockDefinition. */
                interface $Properties {

                    /** TaxonomyDockDefinition DockClassNamespace */
                    DockClassNamespace?: (string|null);

                    /** TaxonomyDockDefinition DockClass */
                    DockClass?: (string|null);

                    /** TaxonomyDockDefinition ExtensionSubclass */
                    ExtensionSubclass?: (sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a TaxonomyDockDefinition. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.TaxonomyDockDefinition.$Properties;
            }

            /**
             * Properties of an ExtensionSubclass.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties instead.
             */
            interface IExtensionSubclass extends sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties {
            }

            /** Represents an ExtensionSubclass. */
            class ExtensionSubclass {

                /**
                 * Constructs a new ExtensionSubclass.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ExtensionSubclass SubclassNamespace. */
                SubclassNamespace?: (string|null);

                /** ExtensionSubclass SubclassName. */
                SubclassName?: (string|null);

                /** ExtensionSubclass units. */
                units?: (string|null);

                /**
                 * Creates a new ExtensionSubclass instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ExtensionSubclass instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass & sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass;

                /**
                 * Encodes the specified ExtensionSubclass message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.verify|verify} messages.
                 * @param message ExtensionSubclass message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ExtensionSubclass message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.verify|verify} messages.
                 * @param message ExtensionSubclass message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes an ExtensionSubclass message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass & sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Shape} ExtensionSubclass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass & sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Shape;

                /**
                 * Decodes an ExtensionSubclass message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass & sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Shape} ExtensionSubclass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass & sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Shape;

                /**
                 * Verifies an ExtensionSubclass message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates an ExtensionSubclass message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ExtensionSubclass
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass;

                /**
                 * Creates a plain object from an ExtensionSubclass message. Also converts values to other types if specified.
                 * @param message ExtensionSubclass
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ExtensionSubclass to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ExtensionSubclass {

                /** Properties of an ExtensionSubclass. */
                interface $Properties {

                    /** ExtensionSubclass SubclassNamespace */
                    SubclassNamespace?: (string|null);

                    /** ExtensionSubclass SubclassName */
                    SubclassName?: (string|null);

                    /** ExtensionSubclass units */
                    units?: (string|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of an ExtensionSubclass. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.ExtensionSubclass.$Properties;
            }

            /**
             * Properties of a ConfigurationData.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties instead.
             */
            interface IConfigurationData extends sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties {
            }

            /** Represents a ConfigurationData. */
            class ConfigurationData {

                /**
                 * Constructs a new ConfigurationData.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ConfigurationData manufacturer. */
                manufacturer: string;

                /** ConfigurationData model. */
                model: string;

                /** ConfigurationData serialNumber. */
                serialNumber?: (string|null);

                /** ConfigurationData hardwareVersion. */
                hardwareVersion?: (string|null);

                /** ConfigurationData softwareVersion. */
                softwareVersion?: (string|null);

                /** ConfigurationData subComponents. */
                subComponents: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties[];

                /**
                 * Creates a new ConfigurationData instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ConfigurationData instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape): sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData & sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties): sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData;

                /**
                 * Encodes the specified ConfigurationData message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.verify|verify} messages.
                 * @param message ConfigurationData message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ConfigurationData message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.verify|verify} messages.
                 * @param message ConfigurationData message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ConfigurationData message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData & sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape} ConfigurationData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData & sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape;

                /**
                 * Decodes a ConfigurationData message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData & sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape} ConfigurationData
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData & sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Shape;

                /**
                 * Verifies a ConfigurationData message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ConfigurationData message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ConfigurationData
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData;

                /**
                 * Creates a plain object from a ConfigurationData message. Also converts values to other types if specified.
                 * @param message ConfigurationData
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ConfigurationData to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ConfigurationData {

                /** Properties of a ConfigurationData. */
                interface $Properties {

                    /** ConfigurationData manufacturer */
                    manufacturer?: (string|null);

                    /** ConfigurationData model */
                    model?: (string|null);

                    /** ConfigurationData serialNumber */
                    serialNumber?: (string|null);

                    /** ConfigurationData hardwareVersion */
                    hardwareVersion?: (string|null);

                    /** ConfigurationData softwareVersion */
                    softwareVersion?: (string|null);

                    /** ConfigurationData subComponents */
                    subComponents?: (sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ConfigurationData. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Registration.ConfigurationData.$Properties;
            }
        }

        /**
         * Properties of a RegistrationAck.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties instead.
         */
        interface IRegistrationAck extends sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties {
        }

        /** Represents a RegistrationAck. */
        class RegistrationAck {

            /**
             * Constructs a new RegistrationAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** RegistrationAck acceptance. */
            acceptance?: (boolean|null);

            /** RegistrationAck ackResponseReason. */
            ackResponseReason: string[];

            /**
             * Creates a new RegistrationAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RegistrationAck instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape): sapient_msg.bsi_flex_335_v2_0.RegistrationAck & sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties): sapient_msg.bsi_flex_335_v2_0.RegistrationAck;

            /**
             * Encodes the specified RegistrationAck message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.RegistrationAck.verify|verify} messages.
             * @param message RegistrationAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified RegistrationAck message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.RegistrationAck.verify|verify} messages.
             * @param message RegistrationAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RegistrationAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.RegistrationAck & sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape} RegistrationAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.RegistrationAck & sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape;

            /**
             * Decodes a RegistrationAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.RegistrationAck & sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape} RegistrationAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.RegistrationAck & sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape;

            /**
             * Verifies a RegistrationAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a RegistrationAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns RegistrationAck
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.RegistrationAck;

            /**
             * Creates a plain object from a RegistrationAck message. Also converts values to other types if specified.
             * @param message RegistrationAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.RegistrationAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this RegistrationAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace RegistrationAck {

            /** Properties of a RegistrationAck. */
            interface $Properties {

                /** RegistrationAck acceptance */
                acceptance?: (boolean|null);

                /** RegistrationAck ackResponseReason */
                ackResponseReason?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RegistrationAck. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties;
        }

        /**
         * Properties of a SapientMessage.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties instead.
         */
        interface ISapientMessage extends sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties {
        }

        /** Represents a SapientMessage. */
        class SapientMessage {

            /**
             * Constructs a new SapientMessage.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SapientMessage timestamp. */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** SapientMessage nodeId. */
            nodeId?: (string|null);

            /** SapientMessage destinationId. */
            destinationId?: (string|null);

            /** SapientMessage registration. */
            registration?: (sapient_msg.bsi_flex_335_v2_0.Registration.$Properties|null);

            /** SapientMessage registrationAck. */
            registrationAck?: (sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties|null);

            /** SapientMessage statusReport. */
            statusReport?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties|null);

            /** SapientMessage detectionReport. */
            detectionReport?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties|null);

            /** SapientMessage task. */
            task?: (sapient_msg.bsi_flex_335_v2_0.Task.$Properties|null);

            /** SapientMessage taskAck. */
            taskAck?: (sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties|null);

            /** SapientMessage alert. */
            alert?: (sapient_msg.bsi_flex_335_v2_0.Alert.$Properties|null);

            /** SapientMessage alertAck. */
            alertAck?: (sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties|null);

            /** SapientMessage error. */
            error?: (sapient_msg.bsi_flex_335_v2_0.Error.$Properties|null);

            /** SapientMessage additionalInformation. */
            additionalInformation?: (string|null);

            /** SapientMessage content. */
            content?: ("registration"|"registrationAck"|"statusReport"|"detectionReport"|"task"|"taskAck"|"alert"|"alertAck"|"error");

            /**
             * Creates a new SapientMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SapientMessage instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Shape): sapient_msg.bsi_flex_335_v2_0.SapientMessage & sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties): sapient_msg.bsi_flex_335_v2_0.SapientMessage;

            /**
             * Encodes the specified SapientMessage message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.SapientMessage.verify|verify} messages.
             * @param message SapientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SapientMessage message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.SapientMessage.verify|verify} messages.
             * @param message SapientMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SapientMessage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.SapientMessage & sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Shape} SapientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.SapientMessage & sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Shape;

            /**
             * Decodes a SapientMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.SapientMessage & sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Shape} SapientMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.SapientMessage & sapient_msg.bsi_flex_335_v2_0.SapientMessage.$Shape;

            /**
             * Verifies a SapientMessage message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a SapientMessage message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns SapientMessage
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.SapientMessage;

            /**
             * Creates a plain object from a SapientMessage message. Also converts values to other types if specified.
             * @param message SapientMessage
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.SapientMessage, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SapientMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace SapientMessage {

            /** Properties of a SapientMessage. */
            interface $Properties {

                /** SapientMessage timestamp */
                timestamp?: (google.protobuf.Timestamp.$Properties|null);

                /** SapientMessage nodeId */
                nodeId?: (string|null);

                /** SapientMessage destinationId */
                destinationId?: (string|null);

                /** SapientMessage registration */
                registration?: (sapient_msg.bsi_flex_335_v2_0.Registration.$Properties|null);

                /** SapientMessage registrationAck */
                registrationAck?: (sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Properties|null);

                /** SapientMessage statusReport */
                statusReport?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties|null);

                /** SapientMessage detectionReport */
                detectionReport?: (sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Properties|null);

                /** SapientMessage task */
                task?: (sapient_msg.bsi_flex_335_v2_0.Task.$Properties|null);

                /** SapientMessage taskAck */
                taskAck?: (sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties|null);

                /** SapientMessage alert */
                alert?: (sapient_msg.bsi_flex_335_v2_0.Alert.$Properties|null);

                /** SapientMessage alertAck */
                alertAck?: (sapient_msg.bsi_flex_335_v2_0.AlertAck.$Properties|null);

                /** SapientMessage error */
                error?: (sapient_msg.bsi_flex_335_v2_0.Error.$Properties|null);

                /** SapientMessage additionalInformation */
                additionalInformation?: (string|null);

                /** SapientMessage content */
                content?: ("registration"|"registrationAck"|"statusReport"|"detectionReport"|"task"|"taskAck"|"alert"|"alertAck"|"error");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a SapientMessage. */
            type $Shape = {
              timestamp?: google.protobuf.Timestamp.$Shape|null;
              nodeId?: string|null;
              destinationId?: string|null;
              registration?: sapient_msg.bsi_flex_335_v2_0.Registration.$Shape|null;
              registrationAck?: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape|null;
              statusReport?: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape|null;
              detectionReport?: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape|null;
              task?: sapient_msg.bsi_flex_335_v2_0.Task.$Shape|null;
              taskAck?: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape|null;
              alert?: sapient_msg.bsi_flex_335_v2_0.Alert.$Shape|null;
              alertAck?: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape|null;
              error?: sapient_msg.bsi_flex_335_v2_0.Error.$Shape|null;
              additionalInformation?: string|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ content?: undefined; registration?: null; registrationAck?: null; statusReport?: null; detectionReport?: null; task?: null; taskAck?: null; alert?: null; alertAck?: null; error?: null }|{ content?: "registration"; registration: sapient_msg.bsi_flex_335_v2_0.Registration.$Shape; registrationAck?: null; statusReport?: null; detectionReport?: null; task?: null; taskAck?: null; alert?: null; alertAck?: null; error?: null }|{ content?: "registrationAck"; registration?: null; registrationAck: sapient_msg.bsi_flex_335_v2_0.RegistrationAck.$Shape; statusReport?: null; detectionReport?: null; task?: null; taskAck?: null; alert?: null; alertAck?: null; error?: null }|{ content?: "statusReport"; registration?: null; registrationAck?: null; statusReport: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape; detectionReport?: null; task?: null; taskAck?: null; alert?: null; alertAck?: null; error?: null }|{ content?: "detectionReport"; registration?: null; registrationAck?: null; statusReport?: null; detectionReport: sapient_msg.bsi_flex_335_v2_0.DetectionReport.$Shape; task?: null; taskAck?: null; alert?: null; alertAck?: null; error?: null }|{ content?: "task"; registration?: null; registrationAck?: null; statusReport?: null; detectionReport?: null; task: sapient_msg.bsi_flex_335_v2_0.Task.$Shape; taskAck?: null; alert?: null; alertAck?: null; error?: null }|{ content?: "taskAck"; registration?: null; registrationAck?: null; statusReport?: null; detectionReport?: null; task?: null; taskAck: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape; alert?: null; alertAck?: null; error?: null }|{ content?: "alert"; registration?: null; registrationAck?: null; statusReport?: null; detectionReport?: null; task?: null; taskAck?: null; alert: sapient_msg.bsi_flex_335_v2_0.Alert.$Shape; alertAck?: null; error?: null }|{ content?: "alertAck"; registration?: null; registrationAck?: null; statusReport?: null; detectionReport?: null; task?: null; taskAck?: null; alert?: null; alertAck: sapient_msg.bsi_flex_335_v2_0.AlertAck.$Shape; error?: null }|{ content?: "error"; registration?: null; registrationAck?: null; statusReport?: null; detectionReport?: null; task?: null; taskAck?: null; alert?: null; alertAck?: null; error: sapient_msg.bsi_flex_335_v2_0.Error.$Shape })
            );
        }

        /**
         * Properties of a StatusReport.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties instead.
         */
        interface IStatusReport extends sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties {
        }

        /** Represents a StatusReport. */
        class StatusReport {

            /**
             * Constructs a new StatusReport.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** StatusReport reportId. */
            reportId?: (string|null);

            /** StatusReport system. */
            system?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.System|null);

            /** StatusReport info. */
            info?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.Info|null);

            /** StatusReport activeTaskId. */
            activeTaskId?: (string|null);

            /** StatusReport mode. */
            mode?: (string|null);

            /** StatusReport power. */
            power?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties|null);

            /** StatusReport nodeLocation. */
            nodeLocation?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

            /** StatusReport fieldOfView. */
            fieldOfView?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties|null);

            /** StatusReport obscuration. */
            obscuration: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties[];

            /** StatusReport status. */
            status: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties[];

            /** StatusReport coverage. */
            coverage: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties[];

            /**
             * Creates a new StatusReport instance using the specified properties.
             * @param [properties] Properties to set
             * @returns StatusReport instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape): sapient_msg.bsi_flex_335_v2_0.StatusReport & sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties): sapient_msg.bsi_flex_335_v2_0.StatusReport;

            /**
             * Encodes the specified StatusReport message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.StatusReport.verify|verify} messages.
             * @param message StatusReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified StatusReport message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.StatusReport.verify|verify} messages.
             * @param message StatusReport message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a StatusReport message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.StatusReport & sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.StatusReport & sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape;

            /**
             * Decodes a StatusReport message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.StatusReport & sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape} StatusReport
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.StatusReport & sapient_msg.bsi_flex_335_v2_0.StatusReport.$Shape;

            /**
             * Verifies a StatusReport message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a StatusReport message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns StatusReport
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.StatusReport;

            /**
             * Creates a plain object from a StatusReport message. Also converts values to other types if specified.
             * @param message StatusReport
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.StatusReport, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this StatusReport to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace StatusReport {

            /** Properties of a StatusReport. */
            interface $Properties {

                /** StatusReport reportId */
                reportId?: (string|null);

                /** StatusReport system */
                system?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.System|null);

                /** StatusReport info */
                info?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.Info|null);

                /** StatusReport activeTaskId */
                activeTaskId?: (string|null);

                /** StatusReport mode */
                mode?: (string|null);

                /** StatusReport power */
                power?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties|null);

                /** StatusReport nodeLocation */
                nodeLocation?: (sapient_msg.bsi_flex_335_v2_0.Location.$Properties|null);

                /** StatusReport fieldOfView */
                fieldOfView?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties|null);

                /** StatusReport obscuration */
                obscuration?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties[]|null);

                /** StatusReport status */
                status?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties[]|null);

                /** StatusReport coverage */
                coverage?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a StatusReport. */
            type $Shape = {
              reportId?: string|null;
              system?: sapient_msg.bsi_flex_335_v2_0.StatusReport.System|null;
              info?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Info|null;
              activeTaskId?: string|null;
              mode?: string|null;
              power?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape|null;
              nodeLocation?: sapient_msg.bsi_flex_335_v2_0.Location.$Shape|null;
              fieldOfView?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape|null;
              obscuration?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape[]|null;
              status?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape[]|null;
              coverage?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };

            /** System enum. */
            enum System {

                /** SYSTEM_UNSPECIFIED value */
                SYSTEM_UNSPECIFIED = 0,

                /** SYSTEM_OK value */
                SYSTEM_OK = 1,

                /** SYSTEM_WARNING value */
                SYSTEM_WARNING = 2,

                /** SYSTEM_ERROR value */
                SYSTEM_ERROR = 3,

                /** SYSTEM_GOODBYE value */
                SYSTEM_GOODBYE = 5
            }

            /**
             * Properties of a Power.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties instead.
             */
            interface IPower extends sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties {
            }

            /** Represents a Power. */
            class Power {

                /**
                 * Constructs a new Power.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Power level. */
                level?: (number|null);

                /** Power source. */
                source: sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerSource;

                /** Power status. */
                status: sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerStatus;

                /**
                 * Creates a new Power instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Power instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape): sapient_msg.bsi_flex_335_v2_0.StatusReport.Power & sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties): sapient_msg.bsi_flex_335_v2_0.StatusReport.Power;

                /**
                 * Encodes the specified Power message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.verify|verify} messages.
                 * @param message Power message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Power message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.verify|verify} messages.
                 * @param message Power message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Power message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.StatusReport.Power & sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape} Power
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.StatusReport.Power & sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape;

                /**
                 * Decodes a Power message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.StatusReport.Power & sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape} Power
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.StatusReport.Power & sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Shape;

                /**
                 * Verifies a Power message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Power message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Power
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.StatusReport.Power;

                /**
                 * Creates a plain object from a Power message. Also converts values to other types if specified.
                 * @param message Power
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.Power, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Power to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Power {

                /** Properties of a Power. */
                interface $Properties {

                    /** Power level */
                    level?: (number|null);

                    /** Power source */
                    source?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerSource|null);

                    /** Power status */
                    status?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.PowerStatus|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Power. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.StatusReport.Power.$Properties;
            }

            /** PowerSource enum. */
            enum PowerSource {

                /** POWERSOURCE_UNSPECIFIED value */
                POWERSOURCE_UNSPECIFIED = 0,

                /** POWERSOURCE_OTHER value */
                POWERSOURCE_OTHER = 1,

                /** POWERSOURCE_MAINS value */
                POWERSOURCE_MAINS = 2,

                /** POWERSOURCE_INTERNAL_BATTERY value */
                POWERSOURCE_INTERNAL_BATTERY = 3,

                /** POWERSOURCE_EXTERNAL_BATTERY value */
                POWERSOURCE_EXTERNAL_BATTERY = 4,

                /** POWERSOURCE_GENERATOR value */
                POWERSOURCE_GENERATOR = 5,

                /** POWERSOURCE_SOLAR_PV value */
                POWERSOURCE_SOLAR_PV = 6,

                /** POWERSOURCE_WIND_TURBINE value */
                POWERSOURCE_WIND_TURBINE = 7,

                /** POWERSOURCE_FUEL_CELL value */
                POWERSOURCE_FUEL_CELL = 8
            }

            /** PowerStatus enum. */
            enum PowerStatus {

                /** POWERSTATUS_UNSPECIFIED value */
                POWERSTATUS_UNSPECIFIED = 0,

                /** POWERSTATUS_OK value */
                POWERSTATUS_OK = 1,

                /** POWERSTATUS_FAULT value */
                POWERSTATUS_FAULT = 2
            }

            /** Info enum. */
            enum Info {

                /** INFO_UNSPECIFIED value */
                INFO_UNSPECIFIED = 0,

                /** INFO_NEW value */
                INFO_NEW = 1,

                /** INFO_UNCHANGED value */
                INFO_UNCHANGED = 2
            }

            /**
             * Properties of a Status.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties instead.
             */
            interface IStatus extends sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties {
            }

            /** Represents a Status. */
            class Status {

                /**
                 * Constructs a new Status.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Status statusLevel. */
                statusLevel?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusLevel|null);

                /** Status statusValue. */
                statusValue?: (string|null);

                /** Status statusType. */
                statusType?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusType|null);

                /**
                 * Creates a new Status instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Status instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape): sapient_msg.bsi_flex_335_v2_0.StatusReport.Status & sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties): sapient_msg.bsi_flex_335_v2_0.StatusReport.Status;

                /**
                 * Encodes the specified Status message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.verify|verify} messages.
                 * @param message Status message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Status message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.verify|verify} messages.
                 * @param message Status message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Status message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.StatusReport.Status & sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.StatusReport.Status & sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape;

                /**
                 * Decodes a Status message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.StatusReport.Status & sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape} Status
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.StatusReport.Status & sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Shape;

                /**
                 * Verifies a Status message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Status message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Status
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.StatusReport.Status;

                /**
                 * Creates a plain object from a Status message. Also converts values to other types if specified.
                 * @param message Status
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.StatusReport.Status, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Status to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Status {

                /** Properties of a Status. */
                interface $Properties {

                    /** Status statusLevel */
                    statusLevel?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusLevel|null);

                    /** Status statusValue */
                    statusValue?: (string|null);

                    /** Status statusType */
                    statusType?: (sapient_msg.bsi_flex_335_v2_0.StatusReport.StatusType|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Status. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.StatusReport.Status.$Properties;
            }

            /** StatusType enum. */
            enum StatusType {

                /** STATUS_TYPE_UNSPECIFIED value */
                STATUS_TYPE_UNSPECIFIED = 0,

                /** STATUS_TYPE_INTERNAL_FAULT value */
                STATUS_TYPE_INTERNAL_FAULT = 1,

                /** STATUS_TYPE_EXTERNAL_FAULT value */
                STATUS_TYPE_EXTERNAL_FAULT = 2,

                /** STATUS_TYPE_ILLUMINATION value */
                STATUS_TYPE_ILLUMINATION = 3,

                /** STATUS_TYPE_WEATHER value */
                STATUS_TYPE_WEATHER = 4,

                /** STATUS_TYPE_CLUTTER value */
                STATUS_TYPE_CLUTTER = 5,

                /** STATUS_TYPE_EXPOSURE value */
                STATUS_TYPE_EXPOSURE = 6,

                /** STATUS_TYPE_MOTION_SENSITIVITY value */
                STATUS_TYPE_MOTION_SENSITIVITY = 7,

                /** STATUS_TYPE_PTZ_STATUS value */
                STATUS_TYPE_PTZ_STATUS = 8,

                /** STATUS_TYPE_PD value */
                STATUS_TYPE_PD = 9,

                /** STATUS_TYPE_FAR value */
                STATUS_TYPE_FAR = 10,

                /** STATUS_TYPE_NOT_DETECTING value */
                STATUS_TYPE_NOT_DETECTING = 11,

                /** STATUS_TYPE_PLATFORM value */
                STATUS_TYPE_PLATFORM = 12,

                /** STATUS_TYPE_OTHER value */
                STATUS_TYPE_OTHER = 13
            }

            /** StatusLevel enum. */
            enum StatusLevel {

                /** STATUS_LEVEL_UNSPECIFIED value */
                STATUS_LEVEL_UNSPECIFIED = 0,

                /** STATUS_LEVEL_INFORMATION_STATUS value */
                STATUS_LEVEL_INFORMATION_STATUS = 2,

                /** STATUS_LEVEL_WARNING_STATUS value */
                STATUS_LEVEL_WARNING_STATUS = 3,

                /** STATUS_LEVEL_ERROR_STATUS value */
                STATUS_LEVEL_ERROR_STATUS = 4
            }
        }

        /**
         * Properties of a Task.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.$Properties instead.
         */
        interface ITask extends sapient_msg.bsi_flex_335_v2_0.Task.$Properties {
        }

        /** Represents a Task. */
        class Task {

            /**
             * Constructs a new Task.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Task taskId. */
            taskId?: (string|null);

            /** Task taskName. */
            taskName?: (string|null);

            /** Task taskDescription. */
            taskDescription?: (string|null);

            /** Task taskStartTime. */
            taskStartTime?: (google.protobuf.Timestamp.$Properties|null);

            /** Task taskEndTime. */
            taskEndTime?: (google.protobuf.Timestamp.$Properties|null);

            /** Task control. */
            control?: (sapient_msg.bsi_flex_335_v2_0.Task.Control|null);

            /** Task region. */
            region: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties[];

            /** Task command. */
            command?: (sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties|null);

            /**
             * Creates a new Task instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Task instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.$Shape): sapient_msg.bsi_flex_335_v2_0.Task & sapient_msg.bsi_flex_335_v2_0.Task.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.$Properties): sapient_msg.bsi_flex_335_v2_0.Task;

            /**
             * Encodes the specified Task message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.verify|verify} messages.
             * @param message Task message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Task message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.verify|verify} messages.
             * @param message Task message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Task message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.Task & sapient_msg.bsi_flex_335_v2_0.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task & sapient_msg.bsi_flex_335_v2_0.Task.$Shape;

            /**
             * Decodes a Task message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.Task & sapient_msg.bsi_flex_335_v2_0.Task.$Shape} Task
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task & sapient_msg.bsi_flex_335_v2_0.Task.$Shape;

            /**
             * Verifies a Task message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Task message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Task
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task;

            /**
             * Creates a plain object from a Task message. Also converts values to other types if specified.
             * @param message Task
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Task to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Task {

            /** Properties of a Task. */
            interface $Properties {

                /** Task taskId */
                taskId?: (string|null);

                /** Task taskName */
                taskName?: (string|null);

                /** Task taskDescription */
                taskDescription?: (string|null);

                /** Task taskStartTime */
                taskStartTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Task taskEndTime */
                taskEndTime?: (google.protobuf.Timestamp.$Properties|null);

                /** Task control */
                control?: (sapient_msg.bsi_flex_335_v2_0.Task.Control|null);

                /** Task region */
                region?: (sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties[]|null);

                /** Task command */
                command?: (sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Task. */
            type $Shape = {
              taskId?: string|null;
              taskName?: string|null;
              taskDescription?: string|null;
              taskStartTime?: google.protobuf.Timestamp.$Shape|null;
              taskEndTime?: google.protobuf.Timestamp.$Shape|null;
              control?: sapient_msg.bsi_flex_335_v2_0.Task.Control|null;
              region?: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape[]|null;
              command?: sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape|null;
              $unknowns?: Uint8Array[];
            };

            /** Control enum. */
            enum Control {

                /** CONTROL_UNSPECIFIED value */
                CONTROL_UNSPECIFIED = 0,

                /** CONTROL_START value */
                CONTROL_START = 1,

                /** CONTROL_STOP value */
                CONTROL_STOP = 2,

                /** CONTROL_PAUSE value */
                CONTROL_PAUSE = 3
            }

            /**
             * Properties of a Command.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties instead.
             */
            interface ICommand extends sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties {
            }

            /** Represents a Command. */
            class Command {

                /**
                 * Constructs a new Command.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Command request. */
                request?: (string|null);

                /** Command detectionThreshold. */
                detectionThreshold?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                /** Command detectionReportRate. */
                detectionReportRate?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                /** Command classificationThreshold. */
                classificationThreshold?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                /** Command modeChange. */
                modeChange?: (string|null);

                /** Command lookAt. */
                lookAt?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties|null);

                /** Command moveTo. */
                moveTo?: (sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties|null);

                /** Command patrol. */
                patrol?: (sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties|null);

                /** Command follow. */
                follow?: (sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties|null);

                /** Command commandParameter. */
                commandParameter?: (string|null);

                /** Command command. */
                command?: ("request"|"detectionThreshold"|"detectionReportRate"|"classificationThreshold"|"modeChange"|"lookAt"|"moveTo"|"patrol"|"follow");

                /**
                 * Creates a new Command instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Command instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape): sapient_msg.bsi_flex_335_v2_0.Task.Command & sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties): sapient_msg.bsi_flex_335_v2_0.Task.Command;

                /**
                 * Encodes the specified Command message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Command message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.Command.verify|verify} messages.
                 * @param message Command message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Command message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.Command & sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task.Command & sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape;

                /**
                 * Decodes a Command message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.Command & sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape} Command
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task.Command & sapient_msg.bsi_flex_335_v2_0.Task.Command.$Shape;

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
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task.Command;

                /**
                 * Creates a plain object from a Command message. Also converts values to other types if specified.
                 * @param message Command
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Command to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Command {

                /** Properties of a Command. */
                interface $Properties {

                    /** Command request */
                    request?: (string|null);

                    /** Command detectionThreshold */
                    detectionThreshold?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                    /** Command detectionReportRate */
                    detectionReportRate?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                    /** Command classificationThreshold */
                    classificationThreshold?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                    /** Command modeChange */
                    modeChange?: (string|null);

                    /** Command lookAt */
                    lookAt?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties|null);

                    /** Command moveTo */
                    moveTo?: (sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties|null);

                    /** Command patrol */
                    patrol?: (sapient_msg.bsi_flex_335_v2_0.LocationList.$Properties|null);

                    /** Command follow */
                    follow?: (sapient_msg.bsi_flex_335_v2_0.FollowObject.$Properties|null);

                    /** Command commandParameter */
                    commandParameter?: (string|null);

                    /** Command command */
                    command?: ("request"|"detectionThreshold"|"detectionReportRate"|"classificationThreshold"|"modeChange"|"lookAt"|"moveTo"|"patrol"|"follow");

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Narrowed shape of a Command. */
                type $Shape = {
                  request?: string|null;
                  detectionThreshold?: sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null;
                  detectionReportRate?: sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null;
                  classificationThreshold?: sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null;
                  modeChange?: string|null;
                  lookAt?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape|null;
                  moveTo?: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape|null;
                  patrol?: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape|null;
                  follow?: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape|null;
                  commandParameter?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ command?: undefined; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo?: null; patrol?: null; follow?: null }|{ command?: "request"; request: string; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo?: null; patrol?: null; follow?: null }|{ command?: "detectionThreshold"; request?: null; detectionThreshold: sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo?: null; patrol?: null; follow?: null }|{ command?: "detectionReportRate"; request?: null; detectionThreshold?: null; detectionReportRate: sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo?: null; patrol?: null; follow?: null }|{ command?: "classificationThreshold"; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold: sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold; modeChange?: null; lookAt?: null; moveTo?: null; patrol?: null; follow?: null }|{ command?: "modeChange"; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange: string; lookAt?: null; moveTo?: null; patrol?: null; follow?: null }|{ command?: "lookAt"; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape; moveTo?: null; patrol?: null; follow?: null }|{ command?: "moveTo"; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape; patrol?: null; follow?: null }|{ command?: "patrol"; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo?: null; patrol: sapient_msg.bsi_flex_335_v2_0.LocationList.$Shape; follow?: null }|{ command?: "follow"; request?: null; detectionThreshold?: null; detectionReportRate?: null; classificationThreshold?: null; modeChange?: null; lookAt?: null; moveTo?: null; patrol?: null; follow: sapient_msg.bsi_flex_335_v2_0.FollowObject.$Shape })
                );
            }

            /** DiscreteThreshold enum. */
            enum DiscreteThreshold {

                /** DISCRETE_THRESHOLD_UNSPECIFIED value */
                DISCRETE_THRESHOLD_UNSPECIFIED = 0,

                /** DISCRETE_THRESHOLD_LOW value */
                DISCRETE_THRESHOLD_LOW = 1,

                /** DISCRETE_THRESHOLD_MEDIUM value */
                DISCRETE_THRESHOLD_MEDIUM = 2,

                /** DISCRETE_THRESHOLD_HIGH value */
                DISCRETE_THRESHOLD_HIGH = 3
            }

            /**
             * Properties of a Region.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties instead.
             */
            interface IRegion extends sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties {
            }

            /** Represents a Region. */
            class Region {

                /**
                 * Constructs a new Region.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Region type. */
                type?: (sapient_msg.bsi_flex_335_v2_0.Task.RegionType|null);

                /** Region regionId. */
                regionId?: (string|null);

                /** Region regionName. */
                regionName?: (string|null);

                /** Region regionArea. */
                regionArea?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties|null);

                /** Region classFilter. */
                classFilter: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties[];

                /** Region behaviourFilter. */
                behaviourFilter: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties[];

                /**
                 * Creates a new Region instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Region instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape): sapient_msg.bsi_flex_335_v2_0.Task.Region & sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties): sapient_msg.bsi_flex_335_v2_0.Task.Region;

                /**
                 * Encodes the specified Region message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.Region.verify|verify} messages.
                 * @param message Region message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Region message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.Region.verify|verify} messages.
                 * @param message Region message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.Region.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Region message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.Region & sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape} Region
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task.Region & sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape;

                /**
                 * Decodes a Region message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.Region & sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape} Region
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task.Region & sapient_msg.bsi_flex_335_v2_0.Task.Region.$Shape;

                /**
                 * Verifies a Region message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Region message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Region
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task.Region;

                /**
                 * Creates a plain object from a Region message. Also converts values to other types if specified.
                 * @param message Region
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task.Region, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Region to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Region {

                /** Properties of a Region. */
                interface $Properties {

                    /** Region type */
                    type?: (sapient_msg.bsi_flex_335_v2_0.Task.RegionType|null);

                    /** Region regionId */
                    regionId?: (string|null);

                    /** Region regionName */
                    regionName?: (string|null);

                    /** Region regionArea */
                    regionArea?: (sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Properties|null);

                    /** Region classFilter */
                    classFilter?: (sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties[]|null);

                    /** Region behaviourFilter */
                    behaviourFilter?: (sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties[]|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Region. */
                type $Shape = {
                  type?: sapient_msg.bsi_flex_335_v2_0.Task.RegionType|null;
                  regionId?: string|null;
                  regionName?: string|null;
                  regionArea?: sapient_msg.bsi_flex_335_v2_0.LocationOrRangeBearing.$Shape|null;
                  classFilter?: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape[]|null;
                  behaviourFilter?: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            /** RegionType enum. */
            enum RegionType {

                /** REGION_TYPE_UNSPECIFIED value */
                REGION_TYPE_UNSPECIFIED = 0,

                /** REGION_TYPE_AREA_OF_INTEREST value */
                REGION_TYPE_AREA_OF_INTEREST = 1,

                /** REGION_TYPE_IGNORE value */
                REGION_TYPE_IGNORE = 2,

                /** REGION_TYPE_BOUNDARY value */
                REGION_TYPE_BOUNDARY = 3,

                /** REGION_TYPE_MOBILE_NODE_NO_GO_AREA value */
                REGION_TYPE_MOBILE_NODE_NO_GO_AREA = 4,

                /** REGION_TYPE_MOBILE_NODE_GO_AREA value */
                REGION_TYPE_MOBILE_NODE_GO_AREA = 5
            }

            /**
             * Properties of a ClassFilter.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties instead.
             */
            interface IClassFilter extends sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties {
            }

            /** Represents a ClassFilter. */
            class ClassFilter {

                /**
                 * Constructs a new ClassFilter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** ClassFilter parameter. */
                parameter?: (sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties|null);

                /** ClassFilter type. */
                type?: (string|null);

                /** ClassFilter subClassFilter. */
                subClassFilter: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties[];

                /** ClassFilter priority. */
                priority?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                /**
                 * Creates a new ClassFilter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns ClassFilter instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape): sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties): sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter;

                /**
                 * Encodes the specified ClassFilter message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.verify|verify} messages.
                 * @param message ClassFilter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified ClassFilter message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.verify|verify} messages.
                 * @param message ClassFilter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a ClassFilter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape} ClassFilter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape;

                /**
                 * Decodes a ClassFilter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape} ClassFilter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Shape;

                /**
                 * Verifies a ClassFilter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a ClassFilter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns ClassFilter
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter;

                /**
                 * Creates a plain object from a ClassFilter message. Also converts values to other types if specified.
                 * @param message ClassFilter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this ClassFilter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace ClassFilter {

                /** Properties of a ClassFilter. */
                interface $Properties {

                    /** ClassFilter parameter */
                    parameter?: (sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties|null);

                    /** ClassFilter type */
                    type?: (string|null);

                    /** ClassFilter subClassFilter */
                    subClassFilter?: (sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties[]|null);

                    /** ClassFilter priority */
                    priority?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a ClassFilter. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Task.ClassFilter.$Properties;
            }

            /**
             * Properties of a SubClassFilter.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties instead.
             */
            interface ISubClassFilter extends sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties {
            }

            /** Represents a SubClassFilter. */
            class SubClassFilter {

                /**
                 * Constructs a new SubClassFilter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** SubClassFilter parameter. */
                parameter?: (sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties|null);

                /** SubClassFilter type. */
                type?: (string|null);

                /** SubClassFilter subClassFilter. */
                subClassFilter: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties[];

                /** SubClassFilter priority. */
                priority?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                /**
                 * Creates a new SubClassFilter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns SubClassFilter instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Shape): sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties): sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter;

                /**
                 * Encodes the specified SubClassFilter message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.verify|verify} messages.
                 * @param message SubClassFilter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified SubClassFilter message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.verify|verify} messages.
                 * @param message SubClassFilter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a SubClassFilter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Shape} SubClassFilter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Shape;

                /**
                 * Decodes a SubClassFilter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Shape} SubClassFilter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter & sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Shape;

                /**
                 * Verifies a SubClassFilter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a SubClassFilter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns SubClassFilter
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter;

                /**
                 * Creates a plain object from a SubClassFilter message. Also converts values to other types if specified.
                 * @param message SubClassFilter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this SubClassFilter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace SubClassFilter {

                /** Properties of a SubClassFilter. */
                interface $Properties {

                    /** SubClassFilter parameter */
                    parameter?: (sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties|null);

                    /** SubClassFilter type */
                    type?: (string|null);

                    /** SubClassFilter subClassFilter */
                    subClassFilter?: (sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties[]|null);

                    /** SubClassFilter priority */
                    priority?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a SubClassFilter. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Task.SubClassFilter.$Properties;
            }

            /**
             * Properties of a BehaviourFilter.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties instead.
             */
            interface IBehaviourFilter extends sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties {
            }

            /** Represents a BehaviourFilter. */
            class BehaviourFilter {

                /**
                 * Constructs a new BehaviourFilter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** BehaviourFilter parameter. */
                parameter?: (sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties|null);

                /** BehaviourFilter type. */
                type?: (string|null);

                /** BehaviourFilter priority. */
                priority?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                /**
                 * Creates a new BehaviourFilter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns BehaviourFilter instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape): sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter & sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties): sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter;

                /**
                 * Encodes the specified BehaviourFilter message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.verify|verify} messages.
                 * @param message BehaviourFilter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified BehaviourFilter message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.verify|verify} messages.
                 * @param message BehaviourFilter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a BehaviourFilter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter & sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape} BehaviourFilter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter & sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape;

                /**
                 * Decodes a BehaviourFilter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter & sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape} BehaviourFilter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter & sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Shape;

                /**
                 * Verifies a BehaviourFilter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a BehaviourFilter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns BehaviourFilter
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter;

                /**
                 * Creates a plain object from a BehaviourFilter message. Also converts values to other types if specified.
                 * @param message BehaviourFilter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this BehaviourFilter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace BehaviourFilter {

                /** Properties of a BehaviourFilter. */
                interface $Properties {

                    /** BehaviourFilter parameter */
                    parameter?: (sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties|null);

                    /** BehaviourFilter type */
                    type?: (string|null);

                    /** BehaviourFilter priority */
                    priority?: (sapient_msg.bsi_flex_335_v2_0.Task.DiscreteThreshold|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a BehaviourFilter. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Task.BehaviourFilter.$Properties;
            }

            /**
             * Properties of a Parameter.
             * @deprecated Use sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties instead.
             */
            interface IParameter extends sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties {
            }

            /** Represents a Parameter. */
            class Parameter {

                /**
                 * Constructs a new Parameter.
                 * @param [properties] Properties to set
                 */
                constructor(properties?: sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];

                /** Parameter name. */
                name?: (string|null);

                /** Parameter operator. */
                operator?: (sapient_msg.bsi_flex_335_v2_0.Operator|null);

                /** Parameter value. */
                value?: (number|null);

                /**
                 * Creates a new Parameter instance using the specified properties.
                 * @param [properties] Properties to set
                 * @returns Parameter instance
                 */
                static create(properties: sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Shape): sapient_msg.bsi_flex_335_v2_0.Task.Parameter & sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Shape;
                static create(properties?: sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties): sapient_msg.bsi_flex_335_v2_0.Task.Parameter;

                /**
                 * Encodes the specified Parameter message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.Parameter.verify|verify} messages.
                 * @param message Parameter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encode(message: sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Encodes the specified Parameter message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.Task.Parameter.verify|verify} messages.
                 * @param message Parameter message or plain object to encode
                 * @param [writer] Writer to encode to
                 * @returns Writer
                 */
                static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

                /**
                 * Decodes a Parameter message from the specified reader or buffer.
                 * @param reader Reader or buffer to decode from
                 * @param [length] Message length if known beforehand
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.Parameter & sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Shape} Parameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.Task.Parameter & sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Shape;

                /**
                 * Decodes a Parameter message from the specified reader or buffer, length delimited.
                 * @param reader Reader or buffer to decode from
                 * @returns {sapient_msg.bsi_flex_335_v2_0.Task.Parameter & sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Shape} Parameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.Task.Parameter & sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Shape;

                /**
                 * Verifies a Parameter message.
                 * @param message Plain object to verify
                 * @returns `null` if valid, otherwise the reason why it is not
                 */
                static verify(message: { [k: string]: any }): (string|null);

                /**
                 * Creates a Parameter message from a plain object. Also converts values to their respective internal types.
                 * @param object Plain object
                 * @returns Parameter
                 */
                static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.Task.Parameter;

                /**
                 * Creates a plain object from a Parameter message. Also converts values to other types if specified.
                 * @param message Parameter
                 * @param [options] Conversion options
                 * @returns Plain object
                 */
                static toObject(message: sapient_msg.bsi_flex_335_v2_0.Task.Parameter, options?: $protobuf.IConversionOptions): { [k: string]: any };

                /**
                 * Converts this Parameter to JSON.
                 * @returns JSON object
                 */
                toJSON(): { [k: string]: any };
            }

            namespace Parameter {

                /** Properties of a Parameter. */
                interface $Properties {

                    /** Parameter name */
                    name?: (string|null);

                    /** Parameter operator */
                    operator?: (sapient_msg.bsi_flex_335_v2_0.Operator|null);

                    /** Parameter value */
                    value?: (number|null);

                    /** Unknown fields preserved while decoding when enabled */
                    $unknowns?: Uint8Array[];
                }

                /** Shape of a Parameter. */
                type $Shape = sapient_msg.bsi_flex_335_v2_0.Task.Parameter.$Properties;
            }
        }

        /**
         * Properties of a TaskAck.
         * @deprecated Use sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties instead.
         */
        interface ITaskAck extends sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties {
        }

        /** Represents a TaskAck. */
        class TaskAck {

            /**
             * Constructs a new TaskAck.
             * @param [properties] Properties to set
             */
            constructor(properties?: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TaskAck taskId. */
            taskId?: (string|null);

            /** TaskAck taskStatus. */
            taskStatus?: (sapient_msg.bsi_flex_335_v2_0.TaskAck.TaskStatus|null);

            /** TaskAck associatedFile. */
            associatedFile?: (sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties|null);

            /** TaskAck reason. */
            reason: string[];

            /**
             * Creates a new TaskAck instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TaskAck instance
             */
            static create(properties: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape): sapient_msg.bsi_flex_335_v2_0.TaskAck & sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape;
            static create(properties?: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties): sapient_msg.bsi_flex_335_v2_0.TaskAck;

            /**
             * Encodes the specified TaskAck message. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.TaskAck.verify|verify} messages.
             * @param message TaskAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TaskAck message, length delimited. Does not implicitly {@link sapient_msg.bsi_flex_335_v2_0.TaskAck.verify|verify} messages.
             * @param message TaskAck message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TaskAck message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {sapient_msg.bsi_flex_335_v2_0.TaskAck & sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape} TaskAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): sapient_msg.bsi_flex_335_v2_0.TaskAck & sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape;

            /**
             * Decodes a TaskAck message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {sapient_msg.bsi_flex_335_v2_0.TaskAck & sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape} TaskAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): sapient_msg.bsi_flex_335_v2_0.TaskAck & sapient_msg.bsi_flex_335_v2_0.TaskAck.$Shape;

            /**
             * Verifies a TaskAck message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a TaskAck message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns TaskAck
             */
            static fromObject(object: { [k: string]: any }): sapient_msg.bsi_flex_335_v2_0.TaskAck;

            /**
             * Creates a plain object from a TaskAck message. Also converts values to other types if specified.
             * @param message TaskAck
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: sapient_msg.bsi_flex_335_v2_0.TaskAck, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TaskAck to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace TaskAck {

            /** Properties of a TaskAck. */
            interface $Properties {

                /** TaskAck taskId */
                taskId?: (string|null);

                /** TaskAck taskStatus */
                taskStatus?: (sapient_msg.bsi_flex_335_v2_0.TaskAck.TaskStatus|null);

                /** TaskAck associatedFile */
                associatedFile?: (sapient_msg.bsi_flex_335_v2_0.AssociatedFile.$Properties|null);

                /** TaskAck reason */
                reason?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TaskAck. */
            type $Shape = sapient_msg.bsi_flex_335_v2_0.TaskAck.$Properties;

            /** TaskStatus enum. */
            enum TaskStatus {

                /** TASK_STATUS_UNSPECIFIED value */
                TASK_STATUS_UNSPECIFIED = 0,

                /** TASK_STATUS_ACCEPTED value */
                TASK_STATUS_ACCEPTED = 1,

                /** TASK_STATUS_REJECTED value */
                TASK_STATUS_REJECTED = 2,

                /** TASK_STATUS_COMPLETED value */
                TASK_STATUS_COMPLETED = 3,

                /** TASK_STATUS_FAILED value */
                TASK_STATUS_FAILED = 4
            }
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: (number|Long);

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Timestamp message, length delimited. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Decodes a Timestamp message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;

            /**
             * Verifies a Timestamp message.
             * @param message Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(message: { [k: string]: any }): (string|null);

            /**
             * Creates a Timestamp message from a plain object. Also converts values to their respective internal types.
             * @param object Plain object
             * @returns Timestamp
             */
            static fromObject(object: { [k: string]: any }): google.protobuf.Timestamp;

            /**
             * Creates a plain object from a Timestamp message. Also converts values to other types if specified.
             * @param message Timestamp
             * @param [options] Conversion options
             * @returns Plain object
             */
            static toObject(message: google.protobuf.Timestamp, options?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Timestamp to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|Long|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
