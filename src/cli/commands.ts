// Every sub-command registers itself here (one import per command file).
import './serve'
import './import'
import './export'
import './validate'
import './vtl'
