/**
 * Where Python 2 names went in Python 3. The version facts only say a name is absent from Python 3;
 * a user asking about `urllib2` wants its replacement. Module renames follow PEP 3108 and the
 * "Library changes" of What's New in Python 3.0; builtins follow the same document's "Builtins".
 */

/** Python 2 module → its Python 3 home (for a module PEP 3108 removed, where its uses went). */
export const RENAMED_MODULES: Readonly<Record<string, string>> = {
  BaseHTTPServer: "http.server",
  __builtin__: "builtins",
  CGIHTTPServer: "http.server",
  commands: "subprocess",
  compiler: "ast",
  ConfigParser: "configparser",
  Cookie: "http.cookies",
  cookielib: "http.cookiejar",
  copy_reg: "copyreg",
  Dialog: "tkinter.dialog",
  dircache: "os",
  dl: "ctypes",
  DocXMLRPCServer: "xmlrpc.server",
  dummy_thread: "_dummy_thread",
  dummy_threading: "threading",
  exceptions: "builtins",
  FileDialog: "tkinter.filedialog",
  future_builtins: "builtins",
  hotshot: "cProfile",
  htmlentitydefs: "html.entities",
  htmllib: "html.parser",
  HTMLParser: "html.parser",
  httplib: "http.client",
  linuxaudiodev: "ossaudiodev",
  markupbase: "_markupbase",
  md5: "hashlib",
  mhlib: "mailbox",
  mimetools: "email",
  MimeWriter: "email",
  mimify: "email",
  multifile: "email",
  new: "types",
  popen2: "subprocess",
  posixfile: "fcntl",
  Queue: "queue",
  repr: "reprlib",
  rfc822: "email",
  robotparser: "urllib.robotparser",
  ScrolledText: "tkinter.scrolledtext",
  sets: "builtins",
  sha: "hashlib",
  SimpleDialog: "tkinter.simpledialog",
  SimpleHTTPServer: "http.server",
  SimpleXMLRPCServer: "xmlrpc.server",
  SocketServer: "socketserver",
  statvfs: "os",
  thread: "_thread",
  tkColorChooser: "tkinter.colorchooser",
  tkCommonDialog: "tkinter.commondialog",
  Tkconstants: "tkinter.constants",
  Tkdnd: "tkinter.dnd",
  tkFileDialog: "tkinter.filedialog",
  tkFont: "tkinter.font",
  Tkinter: "tkinter",
  tkMessageBox: "tkinter.messagebox",
  tkSimpleDialog: "tkinter.simpledialog",
  ttk: "tkinter.ttk",
  urllib2: "urllib.request",
  urlparse: "urllib.parse",
  UserDict: "collections",
  UserList: "collections",
  UserString: "collections",
  _winreg: "winreg",
  xmlrpclib: "xmlrpc.client",
};

/** Python 2 builtins and methods → what replaced them. */
export const RENAMED_NAMES: Readonly<Record<string, string>> = {
  basestring: "str",
  "dict.has_key": "the in operator",
  "dict.iteritems": "dict.items",
  "dict.iterkeys": "dict.keys",
  "dict.itervalues": "dict.values",
  "dict.viewitems": "dict.items",
  "dict.viewkeys": "dict.keys",
  "dict.viewvalues": "dict.values",
  file: "open",
  "itertools.izip_longest": "itertools.zip_longest",
  long: "int",
  "os.getcwdu": "os.getcwd",
  "str.decode": "bytes.decode",
  "string.letters": "string.ascii_letters",
  "string.lowercase": "string.ascii_lowercase",
  "string.uppercase": "string.ascii_uppercase",
  unichr: "chr",
  unicode: "str",
  "unittest.TestCase.assertItemsEqual": "unittest.TestCase.assertCountEqual",
  // Python 2's urllib module became the urllib package: its functions went to two of its modules.
  "urllib.urlopen": "urllib.request.urlopen",
  "urllib.urlretrieve": "urllib.request.urlretrieve",
  "urllib.urlcleanup": "urllib.request.urlcleanup",
  "urllib.pathname2url": "urllib.request.pathname2url",
  "urllib.url2pathname": "urllib.request.url2pathname",
  "urllib.getproxies": "urllib.request.getproxies",
  "urllib.quote": "urllib.parse.quote",
  "urllib.quote_plus": "urllib.parse.quote_plus",
  "urllib.unquote": "urllib.parse.unquote",
  "urllib.unquote_plus": "urllib.parse.unquote_plus",
  "urllib.urlencode": "urllib.parse.urlencode",
};

/** The Python 3 name for a Python-2-only name, when one is known. */
export function python3NameOf(name: string): string | undefined {
  const direct = RENAMED_NAMES[name];
  if (direct) return direct;
  const parts = name.split(".");
  // The longest renamed module prefix wins ("urllib2.urlopen" → "urllib.request.urlopen").
  for (let i = parts.length; i > 0; i--) {
    const moved = RENAMED_MODULES[parts.slice(0, i).join(".")];
    if (moved) return [moved, ...parts.slice(i)].join(".");
  }
  return undefined;
}

/** The Python 2 module a Python 3 module was renamed from ("queue" → "Queue"), if only one was. */
export function python2ModuleOf(module: string): string | undefined {
  const before = Object.keys(RENAMED_MODULES).filter((old) => RENAMED_MODULES[old] === module);
  return before.length === 1 ? before[0] : undefined;
}
