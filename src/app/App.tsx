export function App() {
  return <main>Gatewright</main>
}
