// Renders the cases of cases.json with Apache Velocity 1.7 (Debian's `velocity` package), to
// record what the reference implementation prints. Two modes per case:
//   "velocity": stock Velocity 1.7 with the variables in "vars" (default: s, list, map);
//   "aws":      the working model of API Gateway from ../../../../../shared/aws/vtl-behaviour.md —
//               Velocity 1.7 + Jayway JsonPath on json-smart (permissive, ordered) + commons-lang 2
//               escapeJavaScript + java.net.URLEncoder/URLDecoder + null printing as nothing.
// Output: a JSON array of {id, output} or {id, error: {kind, line, column, message}}.
// Run it with ./record.sh; the tests read the recorded file and need no Java.

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.PathNotFoundException;
import com.jayway.jsonpath.spi.json.JsonSmartJsonProvider;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.minidev.json.JSONArray;
import net.minidev.json.JSONObject;
import net.minidev.json.JSONValue;
import net.minidev.json.parser.JSONParser;
import org.apache.commons.lang.StringEscapeUtils;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;

public class VelocityReference {

  /** AWS prints a null reference as nothing. */
  public static class NullAsEmpty implements ReferenceInsertionEventHandler {
    public Object referenceInsert(String reference, Object value) {
      return value == null ? "" : value;
    }
  }

  static final Configuration JSON_PATH = Configuration.builder()
      .jsonProvider(new JsonSmartJsonProvider(JSONParser.MODE_PERMISSIVE, JSONValue.defaultReader.DEFAULT_ORDERED))
      .build();

  static Object parseLenient(String text) throws Exception {
    return new JSONParser(JSONParser.MODE_PERMISSIVE).parse(text, JSONValue.defaultReader.DEFAULT_ORDERED);
  }

  public static class Input {
    private final String body;
    private final Map<String, Map<String, String>> params;
    private Object document;
    private boolean parsed;

    Input(String body, Map<String, Map<String, String>> params) {
      this.body = body.isEmpty() ? "{}" : body;
      this.params = params;
    }

    public String getBody() {
      return body;
    }

    private Object document() {
      if (!parsed) {
        try {
          document = parseLenient(body);
        } catch (Exception e) {
          throw new RuntimeException("Could not process payload" + e);
        }
        parsed = true;
      }
      return document;
    }

    public Object path(String path) {
      try {
        return JsonPath.using(JSON_PATH).parse(document()).read(path);
      } catch (PathNotFoundException e) {
        return null;
      }
    }

    public String json(String path) {
      try {
        Object r = JsonPath.using(JSON_PATH).parse(document()).read(path);
        return JSONValue.toJSONString(r);
      } catch (PathNotFoundException e) {
        return "\"\"";
      }
    }

    public Map<String, Map<String, String>> params() {
      return params;
    }

    public String params(String name) {
      for (String part : new String[] {"path", "querystring", "header"}) {
        String v = params.get(part).get(name);
        if (v != null) return v;
      }
      return "";
    }
  }

  public static class Util {
    public String escapeJavaScript(String s) {
      return StringEscapeUtils.escapeJavaScript(s);
    }

    public String urlEncode(String s) throws Exception {
      return s == null ? "" : URLEncoder.encode(s, "UTF-8");
    }

    public String urlDecode(String s) throws Exception {
      return URLDecoder.decode(s, "UTF-8");
    }

    public String base64Encode(String s) {
      return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    public String base64Decode(String s) {
      return new String(Base64.getMimeDecoder().decode(s), StandardCharsets.UTF_8);
    }

    public Object parseJson(String s) throws Exception {
      return parseLenient(s);
    }
  }

  /** JSON case data to Java values: objects → LinkedHashMap, arrays → ArrayList. */
  static Object toJava(Object v) {
    if (v instanceof Map) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) m.put((String) e.getKey(), toJava(e.getValue()));
      return m;
    }
    if (v instanceof List) {
      List<Object> l = new ArrayList<>();
      for (Object x : (List<?>) v) l.add(toJava(x));
      return l;
    }
    return v;
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> strings(Object v) {
    Map<String, String> m = new LinkedHashMap<>();
    if (v instanceof Map) for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) m.put((String) e.getKey(), String.valueOf(e.getValue()));
    return m;
  }

  static VelocityEngine engine(boolean aws) throws Exception {
    VelocityEngine ve = new VelocityEngine();
    ve.setProperty("runtime.log.logsystem.class", "org.apache.velocity.runtime.log.NullLogChute");
    if (aws) ve.setProperty("eventhandler.referenceinsertion.class", NullAsEmpty.class.getName());
    ve.init();
    return ve;
  }

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    String text = new String(Files.readAllBytes(Paths.get(args[0])), StandardCharsets.UTF_8);
    JSONArray cases = (JSONArray) new JSONParser(JSONParser.MODE_RFC4627).parse(text, JSONValue.defaultReader.DEFAULT_ORDERED);
    JSONArray out = new JSONArray();
    for (Object o : cases) {
      Map<String, Object> c = (Map<String, Object>) o;
      boolean awsMode = "aws".equals(c.get("mode"));
      VelocityContext ctx = new VelocityContext();
      if (awsMode) {
        Map<String, Object> p = c.get("params") instanceof Map ? (Map<String, Object>) c.get("params") : new LinkedHashMap<>();
        Map<String, Map<String, String>> params = new LinkedHashMap<>();
        params.put("path", strings(p.get("path")));
        params.put("querystring", strings(p.get("querystring")));
        params.put("header", strings(p.get("header")));
        ctx.put("input", new Input(c.get("body") == null ? "" : (String) c.get("body"), params));
        ctx.put("util", new Util());
        ctx.put("context", toJava(c.get("context") == null ? new LinkedHashMap<>() : c.get("context")));
        ctx.put("stageVariables", toJava(c.get("stageVariables") == null ? new LinkedHashMap<>() : c.get("stageVariables")));
      } else {
        Map<String, Object> vars = c.get("vars") instanceof Map ? (Map<String, Object>) c.get("vars") : null;
        if (vars == null) {
          vars = new LinkedHashMap<>();
          vars.put("s", "hello");
          vars.put("list", new ArrayList<>(List.of(1, 2, 3)));
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("a", "x");
          m.put("b", 2);
          vars.put("map", m);
        }
        for (Map.Entry<String, Object> e : vars.entrySet()) ctx.put(e.getKey(), toJava(e.getValue()));
      }
      JSONObject r = new JSONObject();
      r.put("id", c.get("id"));
      StringWriter w = new StringWriter();
      try {
        // a fresh engine per case: Velocity keeps inline macros per engine
        engine(awsMode).evaluate(ctx, w, "t", (String) c.get("template"));
        r.put("output", w.toString());
      } catch (ParseErrorException e) {
        r.put("error", error("syntax", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
      } catch (org.apache.velocity.exception.TemplateInitException e) {
        r.put("error", error("syntax", e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
      } catch (MethodInvocationException e) {
        Throwable cause = e.getWrappedThrowable();
        String kind = cause != null && String.valueOf(cause.getMessage()).startsWith("Could not process payload") ? "payload" : "runtime";
        r.put("error", error(kind, e.getLineNumber(), e.getColumnNumber(), cause != null ? String.valueOf(cause.getMessage()) : e.getMessage()));
      } catch (Exception e) {
        r.put("error", error("runtime", 0, 0, e.getClass().getSimpleName() + ": " + e.getMessage()));
      }
      out.add(r);
    }
    System.out.println(out.toJSONString());
  }

  static JSONObject error(String kind, int line, int column, String message) {
    JSONObject e = new JSONObject();
    e.put("kind", kind);
    e.put("line", line);
    e.put("column", column);
    e.put("message", message);
    return e;
  }
}
