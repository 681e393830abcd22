import { javaToString } from '../../vtl/java/javaToString'
import { NO_SUCH_METHOD, VtlHostObject } from '../../vtl/java/javaTypes'
import { base64Decode, base64Encode, escapeJavaScript, urlDecode, urlEncode } from './awsEncoding'
import { parseLenientJson } from './lenientJson'

/** `$util`: escapeJavaScript, parseJson, urlEncode, urlDecode, base64Encode, base64Decode. */
export class UtilVariable extends VtlHostObject {
  readonly javaClassName = 'com.amazonaws.apigateway.mapping.Util'

  override callMethod(name: string, args: unknown[]): unknown {
    if (args.length !== 1) return NO_SUCH_METHOD
    const a = args[0]
    const text = a === null || a === undefined ? null : javaToString(a)
    switch (name) {
      case 'escapeJavaScript':
        return text === null ? undefined : escapeJavaScript(text)
      case 'urlEncode':
        // recorded: urlEncode(null) gives ""
        return text === null ? '' : urlEncode(text)
      case 'urlDecode':
        return text === null ? undefined : urlDecode(text)
      case 'base64Encode':
        return text === null ? undefined : base64Encode(text)
      case 'base64Decode':
        return text === null ? undefined : base64Decode(text)
      case 'parseJson':
        return text === null ? undefined : parseLenientJson(text)
    }
    return NO_SUCH_METHOD
  }

  override toJavaString(): string {
    return ''
  }
}
