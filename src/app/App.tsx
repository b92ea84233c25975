export function App() {
  return <h1>Expertise Map</h1>;
}
